import { Link, useParams, useSearchParams } from 'react-router';
import { toFormErrors } from '../components/api-form-errors.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { StatusBanner, useArrivalNotice } from '../components/status-banner.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { CommentCard, commentField } from '../features/participation/comment-card.js';
import { titleOf } from '../features/participation/consultation-labels.js';
import { consultationPath } from '../features/participation/participation-paths.js';
import {
  type CommentChange,
  useChangeComment,
  useComments,
  useConsultation,
} from '../features/participation/participation.queries.js';
import type { CommentStatus } from '../features/participation/participation.types.js';
import { useWorkspace, WorkspaceGate } from '../features/workspace/workspace-context.js';
import type { MessageId } from '../i18n/load-messages.js';
import { useT } from '../i18n/use-t.js';

const FILTERS: { status: CommentStatus | 'all'; messageId: MessageId }[] = [
  { status: 'pending', messageId: 'participation.comments.filterPending' },
  { status: 'approved', messageId: 'participation.comments.filterApproved' },
  { status: 'rejected', messageId: 'participation.comments.filterRejected' },
  { status: 'all', messageId: 'participation.comments.filterAll' },
];

const DONE: Record<CommentChange['kind'], MessageId> = {
  moderate: 'participation.comments.moderated',
  reply: 'participation.comments.replied',
  link: 'participation.comments.linked',
};

export function ParticipationCommentsPage() {
  return (
    <WorkspaceGate>
      <Comments />
    </WorkspaceGate>
  );
}

function Comments() {
  const t = useT();
  const { consultationId = '' } = useParams();
  const [params] = useSearchParams();
  const requested = params.get('status');
  const filter = FILTERS.find((item) => item.status === requested)?.status ?? 'pending';
  const workspace = useWorkspace();
  const form = useFormErrors();
  const detail = useConsultation(workspace.ref, consultationId, workspace.locale);
  const comments = useComments(
    workspace.ref,
    consultationId,
    filter === 'all' ? undefined : filter,
  );
  const change = useChangeComment(workspace.ref, consultationId);
  const [notice, setNotice] = useArrivalNotice(null);
  const title = t('participation.comments.title');
  useDocumentTitle(title, form.errors.length > 0);
  const { cityId, strategyId } = workspace.ref;

  if (detail.isError) return <ProblemPage error={detail.error} />;
  if (comments.isError) return <ProblemPage error={comments.error} />;
  if (!detail.data) return <LoadingMessage />;
  const { consultation } = detail.data;

  function apply(commentId: string, next: CommentChange): void {
    form.clear();
    setNotice(null);
    change.mutate(
      { commentId, change: next },
      {
        onSuccess: () => setNotice(t(DONE[next.kind])),
        onError: (error) =>
          form.show(
            toFormErrors(error, ['reason', 'text', 'note'], t).map((item) => ({
              ...item,
              field: item.field
                ? commentField(commentId, item.field === 'text' ? 'reply' : item.field)
                : null,
            })),
          ),
      },
    );
  }

  return (
    <>
      <StatusBanner message={notice} />
      <ErrorSummary form={form} />
      <p className="body back-link-row">
        <Link className="link" to={consultationPath(cityId, strategyId, consultation.id)}>
          {t('participation.comments.back')}
        </Link>
      </p>
      <PageHeading caption={<span dir="auto">{titleOf(consultation, workspace.locale)}</span>}>
        {title}
      </PageHeading>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <p className="body-l">{t('participation.comments.lead')}</p>
          <nav aria-label={t('participation.comments.filters')}>
            <ul className="status-filter">
              {FILTERS.map((item) => (
                <li key={item.status}>
                  {item.status === filter ? (
                    <span aria-current="page">{t(item.messageId)}</span>
                  ) : (
                    <Link className="link" to={`?status=${item.status}`}>
                      {t(item.messageId)}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          {!comments.data ? <LoadingMessage /> : null}
          {comments.data?.length === 0 ? (
            <p className="body">{t('participation.comments.none')}</p>
          ) : null}
          {comments.data?.map((comment) => (
            <CommentCard
              key={comment.id}
              comment={comment}
              workspace={workspace}
              form={form}
              isSaving={change.isPending}
              onChange={(next) => apply(comment.id, next)}
            />
          ))}
        </div>
      </div>
    </>
  );
}
