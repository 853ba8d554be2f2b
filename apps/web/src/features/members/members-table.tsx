import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Member, Role } from '../../api/types.js';
import { TableRegion } from '../../components/table-region.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import { useT } from '../../i18n/use-t.js';
import { MemberRoleForm } from './member-role-form.js';
import { roleName } from './role-labels.js';

export interface MembersTableProps {
  cityId: string;
  cityName: string;
  members: readonly Member[];
  canManage: boolean;
  currentUserId: string | undefined;
  form: FormErrors;
  savingUserId: string | undefined;
  onSaveRole: (member: Member, role: Role) => void;
}

export const roleFieldName = (userId: string) => `role-${userId}`;

export function MembersTable(props: MembersTableProps) {
  const t = useT();
  const intl = useIntl();
  const captionId = useId();

  return (
    <TableRegion labelledBy={captionId}>
      <table className="table">
        <caption className="table__caption" id={captionId}>
          {t('members.tableCaption', { city: props.cityName, count: props.members.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('members.columnName')}</th>
            <th scope="col">{t('members.columnEmail')}</th>
            <th scope="col">{t('members.columnRole')}</th>
            <th scope="col">{t('members.columnJoined')}</th>
            {props.canManage ? (
              <th scope="col">
                <span className="visually-hidden">{t('members.columnActions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {props.members.map((member) => (
            <tr key={member.userId}>
              <th scope="row">
                <bdi>{member.name}</bdi>
                {member.userId === props.currentUserId ? (
                  <span className="tag tag--grey">{t('members.you')}</span>
                ) : null}
              </th>
              <td className="table__cell--break">
                <bdi>{member.email}</bdi>
              </td>
              <td>
                {props.canManage ? (
                  <MemberRoleForm
                    member={member}
                    fieldId={props.form.fieldId(roleFieldName(member.userId))}
                    error={props.form.errorFor(roleFieldName(member.userId))}
                    isSaving={props.savingUserId === member.userId}
                    onSave={props.onSaveRole}
                  />
                ) : (
                  roleName(member.role, t)
                )}
              </td>
              <td>{intl.formatDate(member.joinedAt, { dateStyle: 'medium' })}</td>
              {props.canManage ? (
                <td>
                  <Link
                    className="link"
                    to={`/cities/${encodeURIComponent(props.cityId)}/members/${encodeURIComponent(member.userId)}/remove`}
                  >
                    {t('members.remove')}
                    <span className="visually-hidden">
                      {' '}
                      <bdi>{member.name}</bdi>
                    </span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
