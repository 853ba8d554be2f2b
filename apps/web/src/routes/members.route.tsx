import { useLocation, useParams } from 'react-router';
import { isApiError } from '../api/api-error.js';
import type { CityDetail, Invitation, Member, Role } from '../api/types.js';
import { toFormErrors } from '../components/api-form-errors.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { StatusBanner, useArrivalNotice } from '../components/status-banner.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { useCity } from '../features/cities/cities.queries.js';
import { InviteForm } from '../features/members/invite-form.js';
import {
  useCancelInvitation,
  useChangeRole,
  useInvitations,
  useMembers,
} from '../features/members/members.queries.js';
import { MembersTable, roleFieldName } from '../features/members/members-table.js';
import { PendingInvitations } from '../features/members/pending-invitations.js';
import { roleName } from '../features/members/role-labels.js';
import { useMe } from '../features/session/session.queries.js';
import { useT } from '../i18n/use-t.js';

export function MembersPage() {
  const { cityId = '' } = useParams();
  const city = useCity(cityId);
  const members = useMembers(cityId);
  if (city.isPending || members.isPending) return <LoadingMessage />;
  if (city.isError) return <ProblemPage error={city.error} />;
  if (members.isError) return <ProblemPage error={members.error} />;
  return <Members detail={city.data} members={members.data} />;
}

function Members(props: { detail: CityDetail; members: Member[] }) {
  const { city, can } = props.detail;
  const t = useT();
  const location = useLocation();
  const me = useMe();
  const form = useFormErrors();
  const invitations = useInvitations(city.id, can.manageMembers);
  const changeRole = useChangeRole(city.id);
  const cancelInvitation = useCancelInvitation(city.id);
  const [notice, setNotice] = useArrivalNotice(
    (location.state as { notice?: string } | null)?.notice,
  );
  useDocumentTitle(t('members.title', { city: city.name }), form.errors.length > 0);

  function report(message: string): void {
    form.clear();
    setNotice(message);
  }

  function fail(errors: ReturnType<typeof toFormErrors>): void {
    setNotice(null);
    form.show(errors);
  }

  function saveRole(member: Member, role: Role): void {
    if (role === member.role) return report(t('members.roleUnchanged', { name: member.name }));
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () =>
          report(t('members.roleSaved', { name: member.name, role: roleName(role, t) })),
        onError: (error) =>
          fail(
            isApiError(error, 'conflict')
              ? [
                  {
                    field: roleFieldName(member.userId),
                    message: t('members.lastAdminRole', { name: member.name }),
                  },
                ]
              : toFormErrors(error, [], t),
          ),
      },
    );
  }

  function cancel(invitation: Invitation): void {
    if (cancelInvitation.isPending) return;
    cancelInvitation.mutate(invitation.id, {
      onSuccess: () => report(t('invitations.cancelled', { email: invitation.email })),
      onError: (error) => fail(toFormErrors(error, [], t)),
    });
  }

  return (
    <>
      <StatusBanner message={notice} />
      <ErrorSummary form={form} />
      <PageHeading caption={city.name}>{t('members.heading')}</PageHeading>
      <p className="body-l">{t('members.lead', { city: city.name })}</p>
      <MembersTable
        cityId={city.id}
        cityName={city.name}
        members={props.members}
        canManage={can.manageMembers}
        currentUserId={me.data?.user.id}
        form={form}
        savingUserId={changeRole.isPending ? changeRole.variables.userId : undefined}
        onSaveRole={saveRole}
      />
      {can.manageMembers ? (
        <div className="grid-row">
          <div className="grid-column-two-thirds">
            <h2 className="heading-l">{t('invite.title')}</h2>
            <p className="body">{t('invite.lead')}</p>
            <InviteForm cityId={city.id} form={form} />
          </div>
        </div>
      ) : (
        <p className="body">{t('members.onlyAdmins')}</p>
      )}
      {can.manageMembers ? (
        <>
          <h2 className="heading-l">{t('invitations.title')}</h2>
          {invitations.isPending ? <LoadingMessage /> : null}
          {invitations.isError ? <p className="body">{t('invitations.loadFailed')}</p> : null}
          {invitations.data ? (
            <PendingInvitations
              invitations={invitations.data}
              cancellingId={cancelInvitation.isPending ? cancelInvitation.variables : undefined}
              onCancel={cancel}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
