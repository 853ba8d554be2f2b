import type { Block } from '@concord/domain/document';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t.js';
import { DocumentBlocks } from './document-blocks.js';

type Parse = (markdown: string) => Block[];

const PREVIEW_DELAY_MS = 400;

/**
 * The chapter text as it will appear in the document, drawn from the same blocks every export
 * renders. It follows the typing a moment after it stops, and is not a live region: a preview
 * read out on every pause would drown the writer's own screen reader.
 */
export function NarrativePreview(props: { text: string; chapterTitle: string }) {
  const t = useT();
  const { parse, hasFailed } = useParser();
  const text = useSettled(props.text, PREVIEW_DELAY_MS);
  const blocks = useMemo(() => (parse ? parse(text) : null), [parse, text]);

  if (hasFailed) return <p className="body hint">{t('documents.narrative.previewFailed')}</p>;
  if (!blocks) return <p className="body hint">{t('documents.narrative.previewLoading')}</p>;
  if (blocks.length === 0)
    return <p className="body hint">{t('documents.narrative.previewEmpty')}</p>;
  return (
    <div className="narrative-preview__body">
      <DocumentBlocks
        blocks={blocks}
        chapterLevel={2}
        untitledTable={t('documents.view.untitledTable', { chapter: props.chapterTitle })}
      />
    </div>
  );
}

function useParser(): { parse: Parse | null; hasFailed: boolean } {
  const [state, setState] = useState<{ parse: Parse | null; hasFailed: boolean }>({
    parse: null,
    hasFailed: false,
  });
  useEffect(() => {
    let isCurrent = true;
    import('./narrative-parser.js').then(
      (module) => {
        if (isCurrent) setState({ parse: module.parseNarrative, hasFailed: false });
      },
      () => {
        // Offline or a new release replaced the file: the text still saves, only the preview waits.
        if (isCurrent) setState({ parse: null, hasFailed: true });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}

function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
