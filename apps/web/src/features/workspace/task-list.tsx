import type { CompiledSection } from '@concord/domain/engine';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';
import { useWorkspace, type Workspace } from './workspace-context.js';
import { assignPath, sectionPath } from './workspace-paths.js';
import type { SectionStatus } from './workspace.types.js';

type TaskStatus = SectionStatus | 'does-not-apply';

const STATUS: Record<TaskStatus, { messageId: MessageId; className: string }> = {
  'not-started': { messageId: 'workspace.status.notStarted', className: 'tag tag--grey' },
  'in-progress': { messageId: 'workspace.status.inProgress', className: 'tag tag--blue' },
  completed: { messageId: 'workspace.status.completed', className: 'task-list__done' },
  'has-critical': { messageId: 'workspace.status.hasCritical', className: 'tag tag--red' },
  'does-not-apply': { messageId: 'workspace.status.doesNotApply', className: 'tag tag--grey' },
};

/** The GOV.UK task list: every section in the chapter's order, its status and who works on it. */
export function TaskList() {
  const t = useT();
  const intl = useIntl();
  const workspace = useWorkspace();
  const { cityId, strategyId } = workspace.ref;

  return (
    <ol className="task-list">
      {workspace.compiled.sections.map((section, index) => {
        const status = statusOf(workspace, section);
        const progress = workspace.detail.sections.find((item) => item.sectionId === section.id);
        const assignees = progress?.assignees ?? [];
        const statusId = `task-status-${index}`;
        const name = section.source.title;
        return (
          <li className="task-list__item" key={section.id}>
            <div className="task-list__name-and-hint">
              <Link
                className="link task-list__link"
                to={sectionPath(cityId, strategyId, section.id)}
                aria-describedby={statusId}
              >
                {t('workspace.tasks.sectionName', { number: index + 1, title: name })}
              </Link>
              <div className="hint task-list__hint">
                {assignees.length > 0
                  ? t('workspace.tasks.assignedTo', {
                      names: intl.formatList(assignees.map((person) => person.name)),
                    })
                  : t('workspace.tasks.unassigned')}
                {workspace.detail.can.assign ? (
                  <>
                    {' '}
                    <Link className="link" to={assignPath(cityId, strategyId, section.id)}>
                      {t('workspace.tasks.assign')}
                      <span className="visually-hidden">: {name}</span>
                    </Link>
                  </>
                ) : null}
                {workspace.canEditSection(section.id) ? null : (
                  <span className="task-list__readonly"> {t('workspace.tasks.readOnly')}</span>
                )}
              </div>
            </div>
            <div className="task-list__status" id={statusId}>
              <strong className={STATUS[status].className}>{t(STATUS[status].messageId)}</strong>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

// The server's status for the saved answers; a section whose condition does not hold says so.
function statusOf(workspace: Workspace, section: CompiledSection): TaskStatus {
  const applies = section.questionIds.some((id) => workspace.applicable.has(id));
  if (!applies) return 'does-not-apply';
  return (
    workspace.detail.sections.find((item) => item.sectionId === section.id)?.status ?? 'not-started'
  );
}

/** How many sections are completed, for the line above the list. */
export function countCompleted(workspace: Workspace): { completed: number; total: number } {
  const statuses = workspace.compiled.sections.map((section) => statusOf(workspace, section));
  return {
    completed: statuses.filter((status) => status === 'completed').length,
    total: statuses.filter((status) => status !== 'does-not-apply').length,
  };
}
