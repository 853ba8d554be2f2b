import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { Invitation } from '../../api/types.js';
import { Button } from '../../components/button.js';
import { TableRegion } from '../../components/table-region.js';
import { useT } from '../../i18n/use-t.js';
import { roleName } from './role-labels.js';

export interface PendingInvitationsProps {
  invitations: readonly Invitation[];
  cancellingId: string | undefined;
  onCancel: (invitation: Invitation) => void;
}

export function PendingInvitations(props: PendingInvitationsProps) {
  const t = useT();
  const intl = useIntl();
  const captionId = useId();

  if (props.invitations.length === 0) return <p className="body">{t('invitations.none')}</p>;

  return (
    <TableRegion labelledBy={captionId}>
      <table className="table">
        <caption className="table__caption visually-hidden" id={captionId}>
          {t('invitations.caption', { count: props.invitations.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('invitations.columnEmail')}</th>
            <th scope="col">{t('invitations.columnRole')}</th>
            <th scope="col">{t('invitations.columnSent')}</th>
            <th scope="col">{t('invitations.columnExpires')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('invitations.columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row" className="table__cell--break">
                <bdi>{invitation.email}</bdi>
              </th>
              <td>{roleName(invitation.role, t)}</td>
              <td>
                {intl.formatDate(invitation.createdAt, { dateStyle: 'medium' })}
                {invitation.createdBy ? (
                  <span className="hint hint--inline">
                    {t('invitations.by', { name: invitation.createdBy.name })}
                  </span>
                ) : null}
              </td>
              <td>
                {intl.formatDate(invitation.expiresAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </td>
              <td>
                <Button
                  variant="secondary"
                  isInline
                  onClick={() => props.onCancel(invitation)}
                  aria-disabled={props.cancellingId === invitation.id || undefined}
                >
                  {t('invitations.cancel')}
                  <span className="visually-hidden">
                    {' '}
                    {t('invitations.cancelFor', { email: invitation.email })}
                  </span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
