import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { ConsultationForm } from '../features/participation/consultation-form.js';
import { toDraftErrors } from '../features/participation/draft-fields.js';
import {
  consultationPath,
  participationPath,
} from '../features/participation/participation-paths.js';
import {
  useConsultation,
  useCreateConsultation,
  useUpdateConsultation,
} from '../features/participation/participation.queries.js';
import type { DraftInput } from '../features/participation/participation.types.js';
import { useWorkspace, WorkspaceGate } from '../features/workspace/workspace-context.js';
import { useT } from '../i18n/use-t.js';

/** Starting a consultation (…/participation/new) or changing its draft (…/edit). */
export function ParticipationDraftPage() {
  return (
    <WorkspaceGate>
      <Draft />
    </WorkspaceGate>
  );
}

function Draft() {
  const { consultationId } = useParams();
  const workspace = useWorkspace();
  const existing = useConsultation(workspace.ref, consultationId ?? '', workspace.locale);
  if (consultationId === undefined) return <DraftForm />;
  if (existing.isError) return <ProblemPage error={existing.error} />;
  if (!existing.data) return <LoadingMessage />;
  const { consultation } = existing.data;
  return (
    <DraftForm
      consultationId={consultation.id}
      initial={{
        languages: consultation.languages,
        texts: consultation.texts,
        questionIds: consultation.questionIds,
        definitionRowIds: consultation.definitionRowIds,
        opensOn: consultation.opensOn,
        closesOn: consultation.closesOn,
      }}
    />
  );
}

function DraftForm(props: { consultationId?: string; initial?: DraftInput }) {
  const t = useT();
  const navigate = useNavigate();
  const workspace = useWorkspace();
  const form = useFormErrors();
  const create = useCreateConsultation(workspace.ref);
  const update = useUpdateConsultation(workspace.ref, props.consultationId ?? '');
  const { cityId, strategyId } = workspace.ref;
  const isNew = props.consultationId === undefined;
  const title = isNew ? t('participation.draft.newTitle') : t('participation.draft.editTitle');
  useDocumentTitle(title, form.errors.length > 0);

  if (!workspace.detail.can.manage)
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <p className="body">{t('error.forbidden')}</p>
      </>
    );

  function save(input: DraftInput): void {
    form.clear();
    const done = (id: string) =>
      void navigate(consultationPath(cityId, strategyId, id), {
        state: { notice: t('participation.draft.saved') },
      });
    const onError = (error: unknown) => form.show(toDraftErrors(error, t));
    if (isNew) create.mutate(input, { onSuccess: (data) => done(data.consultation.id), onError });
    else update.mutate(input, { onSuccess: (data) => done(data.consultation.id), onError });
  }

  return (
    <>
      <ErrorSummary form={form} />
      <p className="body back-link-row">
        <Link
          className="link"
          to={
            isNew
              ? participationPath(cityId, strategyId)
              : consultationPath(cityId, strategyId, props.consultationId!)
          }
        >
          {t('participation.back')}
        </Link>
      </p>
      <PageHeading caption={workspace.detail.strategy.title}>{title}</PageHeading>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <p className="body-l">{t('participation.draft.lead')}</p>
          <ConsultationForm
            workspace={workspace}
            form={form}
            initial={props.initial}
            submitLabel={t('participation.draft.save')}
            isSaving={create.isPending || update.isPending}
            onSubmit={save}
          />
        </div>
      </div>
    </>
  );
}
