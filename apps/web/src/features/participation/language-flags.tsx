import {
  checkLanguage,
  type CompiledWordList,
  type GlossaryTerm,
  type LanguageCheckResult,
} from '@concord/domain/engine';
import { useDeferredValue, useMemo } from 'react';
import { useT } from '../../i18n/use-t.js';
import './participation.css';

export interface LanguageFlagsProps {
  text: string;
  /** The language the text is written in; must be the word list's. */
  locale: string;
  wordList: CompiledWordList | undefined;
  glossary: readonly GlossaryTerm[];
  /** Id of the field, so the note can be named after it. */
  id?: string | undefined;
}

/**
 * Wording to reconsider in a text, shown under the field while the person writes: securitised
 * or stigmatising words with suggestions (LANG-01) and key terms the glossary has not agreed
 * (LANG-02). Not a live region: it would interrupt typing; it is read when reached.
 */
export function LanguageFlags(props: LanguageFlagsProps) {
  const t = useT();
  const text = useDeferredValue(props.text);
  const result = useMemo<LanguageCheckResult | null>(() => {
    if (!props.wordList || text.trim() === '') return null;
    return checkLanguage({
      text,
      locale: props.wordList.locale,
      wordList: props.wordList,
      glossary: props.glossary,
    });
  }, [text, props.wordList, props.glossary]);
  if (!result || (result.flags.length === 0 && result.undefinedKeyTerms.length === 0)) return null;
  const headingId = props.id ? `${props.id}-language` : undefined;

  return (
    <div className="inset-text inset-text--info language-flags">
      <p className="heading-s" id={headingId}>
        {t('participation.flags.title')}
      </p>
      <ul className="list list--bullet" aria-labelledby={headingId}>
        {result.flags.map((flag) => (
          <li key={`${flag.entryId}-${flag.start}`}>
            <strong dir="auto">{t('participation.flags.quoted', { text: flag.match })}</strong>{' '}
            {flag.why}
            {flag.suggestions.length > 0 ? (
              <> {t('participation.flags.suggestions', { list: flag.suggestions.join(' · ') })}</>
            ) : null}
          </li>
        ))}
        {result.undefinedKeyTerms.map((term) => (
          <li key={`${term.keyTermId}-${term.start}`}>
            {t('participation.flags.undefinedTerm', { text: term.match })}
          </li>
        ))}
      </ul>
    </div>
  );
}
