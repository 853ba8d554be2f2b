import { useMemo } from 'react';
import { useT } from '../../i18n/use-t.js';
import { diffWords } from './text-diff.js';

/**
 * Two texts as one, removed words struck through and added words underlined; screen readers
 * hear "removed:" and "added:" around each change, so colour is never the only signal.
 */
export function DiffText(props: { before: string; after: string }) {
  const t = useT();
  const parts = useMemo(() => diffWords(props.before, props.after), [props.before, props.after]);
  return (
    <p className="diff-text">
      {parts.map((part, index) => {
        if (part.kind === 'same') return <span key={index}>{part.text}</span>;
        const Tag = part.kind === 'added' ? 'ins' : 'del';
        return (
          <Tag key={index} className={`diff-text__${part.kind}`}>
            <span className="visually-hidden">
              {t(
                part.kind === 'added' ? 'documents.diff.addedStart' : 'documents.diff.removedStart',
              )}
            </span>
            {part.text}
            <span className="visually-hidden">{t('documents.diff.end')}</span>
          </Tag>
        );
      })}
    </p>
  );
}
