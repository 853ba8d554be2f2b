import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t.js';
import type { DraftSnapshot, DraftStore } from '../workspace/draft-store.js';
import { LongTextInput } from '../workspace/fields/text-inputs.js';
import { problemText } from '../workspace/problem-messages.js';
import { SaveStatus } from '../workspace/save-status.js';
import type { NarrativeChapter, StrategyChapterKey } from './documents.types.js';
import { MarkdownHelp } from './markdown-help.js';
import { NarrativeConflictPanel } from './narrative-conflict-panel.js';
import { NarrativePreview } from './narrative-preview.js';
import { NARRATIVE_MAX } from './narrative-store.js';

export interface ChapterEditorProps {
  chapterKey: StrategyChapterKey;
  chapterTitle: string;
  stored: NarrativeChapter | undefined;
  store: DraftStore;
  snapshot: DraftSnapshot;
}

/**
 * One chapter's text: a Markdown box that saves itself, what it will look like in the document,
 * and, when someone else saved first, both texts side by side to choose from.
 */
export function ChapterEditor(props: ChapterEditorProps) {
  const { chapterKey, store, snapshot } = props;
  const t = useT();
  const intl = useIntl();
  const fieldId = `narrative-${chapterKey}`;
  const previewTitleId = useId();
  const draft = snapshot.drafts.get(chapterKey);
  const text = typeof draft?.raw === 'string' ? draft.raw : (props.stored?.text ?? '');
  const problem = draft?.problems[0];
  // The panel's buttons go away with the choice: the writer carries on in the text box.
  const focusBox = () => document.getElementById(fieldId)?.focus();
  const lastSaved = props.stored?.updatedAt
    ? t('documents.narrative.lastSaved', {
        name: props.stored.updatedBy?.name ?? t('workspace.conflict.someone'),
        when: intl.formatDate(props.stored.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
      })
    : t('documents.narrative.neverSaved');

  return (
    <>
      {draft?.state === 'conflict' && draft.conflict ? (
        <NarrativeConflictPanel
          chapterTitle={props.chapterTitle}
          conflict={draft.conflict}
          yours={text}
          keepMineId={`${fieldId}-keep-mine`}
          onKeepMine={() => {
            store.keepMine(chapterKey);
            focusBox();
          }}
          onTakeTheirs={() => {
            store.takeTheirs(chapterKey);
            focusBox();
          }}
        />
      ) : null}
      <MarkdownHelp id={`${fieldId}-help`} />
      <div className="narrative-editor">
        <div className="narrative-editor__write">
          <LongTextInput
            id={fieldId}
            label={t('documents.narrative.label', { chapter: props.chapterTitle })}
            labelClassName="label label--question"
            hint={
              <>
                {t('documents.narrative.hint')} <span className="hint__block">{lastSaved}</span>
              </>
            }
            note={t('documents.narrative.noPersonalData')}
            error={problem ? problemText(problem, t) : undefined}
            maxLength={NARRATIVE_MAX}
            value={text}
            onChange={(value) => store.edit(chapterKey, value)}
          />
          <SaveStatus
            snapshot={snapshot}
            questionIds={[chapterKey]}
            onRetry={() => store.retryNow()}
          />
        </div>
        <section className="narrative-editor__preview" aria-labelledby={previewTitleId}>
          <h2 className="heading-m" id={previewTitleId}>
            {t('documents.narrative.previewTitle')}
          </h2>
          <p className="hint">{t('documents.narrative.previewHint')}</p>
          <NarrativePreview text={text} chapterTitle={props.chapterTitle} />
        </section>
      </div>
    </>
  );
}
