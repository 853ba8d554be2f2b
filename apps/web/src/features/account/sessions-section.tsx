import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../../api/api-error.js';
import { Button } from '../../components/button.js';
import { describeApiError } from '../../components/describe-api-error.js';
import { LoadingMessage } from '../../components/loading-message.js';
import { TableRegion } from '../../components/table-region.js';
import { useT } from '../../i18n/use-t.js';
import {
  type OwnSession,
  useEndSession,
  useOwnSessions,
  useSignOutOthers,
} from './sessions.queries.js';

/**
 * "Where you are signed in" (ASVS 7.5.2): every session of the account, this one marked, with a
 * way to sign out any other one or all of them at once.
 */
export function SessionsSection(props: { onDone: (message: string) => void }) {
  const t = useT();
  const intl = useIntl();
  const captionId = useId();
  const sessions = useOwnSessions();
  const endSession = useEndSession();
  const signOutOthers = useSignOutOthers();
  const [problem, setProblem] = useState<string | null>(null);
  const isBusy = endSession.isPending || signOutOthers.isPending;

  const formatWhen = (value: string) =>
    intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });

  function end(session: OwnSession): void {
    if (isBusy) return;
    setProblem(null);
    endSession.mutate(session.id, {
      onSuccess: () => props.onDone(t('account.sessionsEnded')),
      // Signed out elsewhere in the meantime: the refreshed list already shows it gone.
      onError: (error) =>
        isApiError(error, 'not_found')
          ? props.onDone(t('account.sessionsEnded'))
          : setProblem(describeApiError(error, t)),
    });
  }

  function endOthers(): void {
    if (isBusy) return;
    setProblem(null);
    signOutOthers.mutate(undefined, {
      onSuccess: ({ ended }) => props.onDone(t('account.sessionsOthersEnded', { count: ended })),
      onError: (error) => setProblem(describeApiError(error, t)),
    });
  }

  return (
    <section aria-labelledby="account-sessions-title">
      <h2 className="heading-l" id="account-sessions-title">
        {t('account.sessionsTitle')}
      </h2>
      <p className="body">{t('account.sessionsLead')}</p>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      {sessions.isError ? (
        <p className="error-message" role="alert">
          {describeApiError(sessions.error, t)}
        </p>
      ) : !sessions.data ? (
        <LoadingMessage />
      ) : (
        <>
          <TableRegion labelledBy={captionId}>
            <table className="table">
              <caption className="table__caption visually-hidden" id={captionId}>
                {t('account.sessionsCaption', { count: sessions.data.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('account.sessionsSignedIn')}</th>
                  <th scope="col">{t('account.sessionsLastUsed')}</th>
                  <th scope="col">{t('account.sessionsEnds')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('account.sessionsActions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.data.map((session) => (
                  <tr key={session.id}>
                    <th scope="row">{formatWhen(session.createdAt)}</th>
                    <td>{formatWhen(session.lastSeenAt)}</td>
                    <td>{formatWhen(session.expiresAt)}</td>
                    <td>
                      {session.isCurrent ? (
                        <strong>{t('account.sessionsThisDevice')}</strong>
                      ) : (
                        <Button
                          variant="secondary"
                          isInline
                          onClick={() => end(session)}
                          aria-disabled={isBusy || undefined}
                        >
                          {t('account.sessionsSignOut')}
                          <span className="visually-hidden">
                            {' '}
                            {t('account.sessionsSignOutFor', {
                              date: formatWhen(session.createdAt),
                            })}
                          </span>
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          {sessions.data.some((session) => !session.isCurrent) ? (
            <Button variant="secondary" onClick={endOthers} aria-disabled={isBusy || undefined}>
              {t('account.sessionsSignOutOthers')}
            </Button>
          ) : (
            <p className="body">{t('account.sessionsOnlyThis')}</p>
          )}
        </>
      )}
    </section>
  );
}
