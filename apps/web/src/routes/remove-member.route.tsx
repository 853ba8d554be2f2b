import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../api/api-error.js';
import type { City, Member } from '../api/types.js';
import { toFormErrors } from '../components/api-form-errors.js';
import { Button } from '../components/button.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { NotFoundContent } from '../components/not-found-content.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { useCity } from '../features/cities/cities.queries.js';
import { useMembers, useRemoveMember } from '../features/members/members.queries.js';
import { roleName } from '../features/members/role-labels.js';
import { ME_QUERY_KEY } from '../features/session/session.queries.js';
import { useMe } from '../features/session/session.queries.js';
import { useT } from '../i18n/use-t.js';

/** A separate confirmation page: removing someone is not undone by a stray click. */
export function RemoveMemberPage() {
  const { cityId = '', userId = '' } = useParams();
  const city = useCity(cityId);
  const members = useMembers(cityId);
  if (city.isPending || members.isPending) return <LoadingMessage />;
  if (city.isError) return <ProblemPage error={city.error} />;
  if (members.isError) return <ProblemPage error={members.error} />;
  const member = members.data.find((candidate) => candidate.userId === userId);
  if (!member || !city.data.can.manageMembers) return <NotFoundContent />;
  return <ConfirmRemoval city={city.data.city} member={member} />;
}

function ConfirmRemoval(props: { city: City; member: Member }) {
  const { city, member } = props;
  const t = useT();
  const form = useFormErrors();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const remove = useRemoveMember(city.id);
  const membersPath = `/cities/${encodeURIComponent(city.id)}/members`;
  const isSelf = me.data?.user.id === member.userId;
  const title = t('remove.title', { name: member.name, city: city.name });
  useDocumentTitle(title, form.errors.length > 0);

  function confirm(): void {
    if (remove.isPending) return;
    remove.mutate(member.userId, {
      onSuccess: async () => {
        const notice = t('remove.done', { name: member.name, city: city.name });
        if (isSelf) {
          await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
          return void navigate('/', { replace: true });
        }
        void navigate(membersPath, { replace: true, state: { notice } });
      },
      onError: (error) =>
        form.show(
          isApiError(error, 'conflict')
            ? [{ field: null, message: t('remove.lastAdmin', { name: member.name }) }]
            : toFormErrors(error, [], t),
        ),
    });
  }

  return (
    <div className="grid-row">
      <div className="grid-column-two-thirds">
        <ErrorSummary form={form} />
        <PageHeading caption={city.name}>{title}</PageHeading>
        <p className="body">
          {t('remove.who', {
            name: member.name,
            email: member.email,
            role: roleName(member.role, t),
          })}
        </p>
        <div className="warning-text">
          <span className="warning-text__icon" aria-hidden="true">
            !
          </span>
          <p className="warning-text__text">
            <span className="visually-hidden">{t('common.warning')}</span>
            {isSelf
              ? t('remove.selfWarning', { city: city.name })
              : t('remove.warning', { city: city.name })}
          </p>
        </div>
        <p className="body">{t('remove.again')}</p>
        <div className="button-group">
          <Button variant="warning" onClick={confirm} aria-disabled={remove.isPending || undefined}>
            {t('remove.confirm', { name: member.name })}
          </Button>
          <Link className="link" to={membersPath}>
            {t('remove.cancel')}
          </Link>
        </div>
      </div>
    </div>
  );
}
