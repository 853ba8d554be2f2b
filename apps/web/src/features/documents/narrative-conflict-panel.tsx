import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../components/button.js';
import { useT } from '../../i18n/use-t.js';
import type { Conflict } from '../workspace/draft-store.js';
import { DiffText } from './diff-text.js';

/**
 * The workspace's conflict pattern for a chapter text: someone else saved first, nothing is
 * overwritten, both texts stay on screen with what differs, and the writer chooses.
 */
export function NarrativeConflictPanel(props: {
  chapterTitle: string;
  conflict: Conflict;
  yours: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  keepMineId: string;
}) {
  const t = useT();
  const intl = useIntl();
  const titleId = useId();
  const { current } = props.conflict;
  const theirs = typeof current?.value === 'string' ? current.value : '';
  const who = current?.updatedBy?.name ?? t('workspace.conflict.someone');
  const when = current?.updatedAt
    ? intl.formatDate(current.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })
    : '';

  return (
    <div className="conflict-panel" role="region" aria-labelledby={titleId}>
      <h2 className="heading-s conflict-panel__title" id={titleId}>
        {t('documents.conflict.title', { chapter: props.chapterTitle })}
      </h2>
      <p className="body">
        {current
          ? t('documents.conflict.lead', { name: who, when })
          : t('documents.conflict.leadCleared')}
      </p>
      <div className="compare-columns">
        <section className="compare-columns__column" aria-labelledby={`${titleId}-yours`}>
          <h3 className="heading-s" id={`${titleId}-yours`}>
            {t('documents.conflict.yours')}
          </h3>
          <p className="narrative-text">{props.yours || t('documents.conflict.empty')}</p>
        </section>
        <section className="compare-columns__column" aria-labelledby={`${titleId}-theirs`}>
          <h3 className="heading-s" id={`${titleId}-theirs`}>
            {current
              ? t('documents.conflict.theirs', { name: who, when })
              : t('documents.conflict.theirsCleared')}
          </h3>
          <p className="narrative-text">{theirs || t('documents.conflict.empty')}</p>
        </section>
      </div>
      <h3 className="heading-s">{t('documents.conflict.differences')}</h3>
      <p className="hint">{t('documents.conflict.differencesHint')}</p>
      <DiffText before={theirs} after={props.yours} />
      <div className="button-group">
        <Button id={props.keepMineId} isInline onClick={props.onKeepMine}>
          {t('documents.conflict.keepMine')}
        </Button>
        <Button variant="secondary" isInline onClick={props.onTakeTheirs}>
          {current
            ? t('documents.conflict.takeTheirs', { name: who })
            : t('documents.conflict.takeCleared')}
        </Button>
      </div>
    </div>
  );
}
