import type { CompiledSection } from '@concord/domain/engine';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Member } from '../api/types.js';
import { toFormErrors } from '../components/api-form-errors.js';
import { Button } from '../components/button.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { NotFoundContent } from '../components/not-found-content.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { useMembers } from '../features/members/members.queries.js';
import { roleName } from '../features/members/role-labels.js';
import { ChoiceInput } from '../features/workspace/fields/choice-input.js';
import { useWorkspace, WorkspaceGate } from '../features/workspace/workspace-context.js';
import { findSectionBySlug, strategyPath } from '../features/workspace/workspace-paths.js';
import { useSaveAssignments } from '../features/workspace/workspace.queries.js';
import { useT } from '../i18n/use-t.js';

export function WorkspaceAssignPage() {
  return (
    <WorkspaceGate>
      <AssignPage />
    </WorkspaceGate>
  );
}

function AssignPage() {
  const { sectionSlug = '' } = useParams();
  const workspace = useWorkspace();
  const members = useMembers(workspace.ref.cityId);
  const section = findSectionBySlug(workspace.compiled, sectionSlug);
  if (!section || !workspace.detail.can.assign) return <NotFoundContent />;
  if (members.isPending) return <LoadingMessage />;
  if (members.isError) return <ProblemPage error={members.error} />;
  return <AssignForm section={section} members={members.data} />;
}

// Viewers only read, so they are not offered; everyone else can be given a section to answer.
const canBeAssigned = (member: Member) => member.role !== 'viewer';

/** A coordinator chooses who answers a section (GOV.UK checkboxes), then saves. */
function AssignForm(props: { section: CompiledSection; members: Member[] }) {
  const { section } = props;
  const t = useT();
  const navigate = useNavigate();
  const workspace = useWorkspace();
  const form = useFormErrors();
  const save = useSaveAssignments(workspace.ref);
  const current =
    workspace.detail.sections.find((item) => item.sectionId === section.id)?.assignees ?? [];
  const [selected, setSelected] = useState<string[]>(current.map((person) => person.userId));
  const title = t('workspace.assign.title', { section: section.source.title });
  useDocumentTitle(title, form.errors.length > 0);
  const back = strategyPath(workspace.ref.cityId, workspace.ref.strategyId);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (save.isPending) return;
    form.clear();
    save.mutate(
      { sectionId: section.id, userIds: selected },
      {
        onSuccess: () =>
          navigate(back, {
            state: { notice: t('workspace.assign.saved', { section: section.source.title }) },
          }),
        onError: (error) => form.show(toFormErrors(error, [], t)),
      },
    );
  }

  return (
    <div className="grid-row">
      <div className="grid-column-two-thirds">
        <ErrorSummary form={form} />
        <PageHeading caption={workspace.detail.strategy.title}>{title}</PageHeading>
        <form onSubmit={submit} noValidate>
          <ChoiceInput
            id={form.fieldId('assignees')}
            type="checkbox"
            legend={t('workspace.assign.legend')}
            hint={t('workspace.assign.hint')}
            choices={props.members.filter(canBeAssigned).map((member) => ({
              value: member.userId,
              label: <bdi>{member.name}</bdi>,
              hint: roleName(member.role, t),
            }))}
            value={selected}
            onChange={(value) => setSelected(Array.isArray(value) ? value : [value])}
          />
          <div className="button-group">
            <Button type="submit" aria-disabled={save.isPending || undefined}>
              {t('workspace.assign.submit')}
            </Button>
            <Link className="link" to={back}>
              {t('workspace.assign.cancel')}
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
