import type { CompiledSection } from '@concord/domain/engine';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t.js';
import { useCitationLabels } from './question-hint.js';
import { useWorkspace } from './workspace-context.js';

/** What the section is about, where it comes from in the guide, who works on it, and the reminder. */
export function SectionIntro(props: { section: CompiledSection; canEdit: boolean }) {
  const { section } = props;
  const t = useT();
  const intl = useIntl();
  const workspace = useWorkspace();
  const citationLabels = useCitationLabels();
  const cites = citationLabels(section.source.cites ?? []);
  const assignees =
    workspace.detail.sections.find((item) => item.sectionId === section.id)?.assignees ?? [];

  return (
    <>
      {section.source.summary ? <p className="body-l">{section.source.summary}</p> : null}
      {cites.length > 0 ? (
        <p className="body hint">{t('workspace.guide.cited', { sections: cites.join('; ') })}</p>
      ) : null}
      <p className="body">
        {assignees.length > 0
          ? t('workspace.tasks.assignedTo', {
              names: intl.formatList(assignees.map((person) => person.name)),
            })
          : t('workspace.tasks.unassigned')}
      </p>
      {props.canEdit ? (
        <div className="inset-text">
          <p className="body">{t('workspace.section.autosave')}</p>
          <p className="body">{t('workspace.section.noPersonalData')}</p>
        </div>
      ) : (
        <div className="inset-text">
          <p className="body">
            {workspace.city.role === 'contributor'
              ? t('workspace.section.readOnlyContributor')
              : t('workspace.section.readOnly')}
          </p>
        </div>
      )}
    </>
  );
}

/** Edits found on this device from an earlier visit are being saved (or wait for a choice). */
export function RestoredNotice() {
  const t = useT();
  const { snapshot } = useWorkspace();
  if (snapshot.restoredCount === 0) return null;
  return (
    <div className="inset-text inset-text--info">
      <p className="body">{t('workspace.save.restored', { count: snapshot.restoredCount })}</p>
    </div>
  );
}
