import {
  compileWordList,
  GLOSSARY_QUESTION_ID,
  isGroupRows,
  type CompiledWordList,
} from '@concord/domain/engine';
import { useMemo } from 'react';
import { useWorkspace } from '../workspace/workspace-context.js';
import { LanguageFlags } from './language-flags.js';

// Compiled once per word list object (the content is loaded once per language).
const compiledLists = new WeakMap<object, CompiledWordList>();

/**
 * The language check for a text field of the strategy workspace: the text is taken to be in the
 * city's main language (the first of its languages that has a word list) and checked against
 * the strategy's own glossary, as the server's language findings are.
 */
export function WorkspaceLanguageFlags(props: { text: string; id?: string | undefined }) {
  const workspace = useWorkspace();
  const lists = workspace.loaded.content.content.language;
  const locale = useMemo(
    () =>
      workspace.city.city.languages
        .map((tag) => tag.split('-')[0]!.toLowerCase())
        .find((language) => lists?.[language] !== undefined) ?? 'en',
    [workspace.city.city.languages, lists],
  );
  const wordList = useMemo(() => {
    const list = lists?.[locale];
    if (!list) return undefined;
    let compiled = compiledLists.get(list);
    if (!compiled) {
      compiled = compileWordList(list);
      compiledLists.set(list, compiled);
    }
    return compiled;
  }, [lists, locale]);
  const glossaryValue = workspace.values[GLOSSARY_QUESTION_ID];
  const glossary = useMemo(
    () => (isGroupRows(glossaryValue) ? glossaryValue : []),
    [glossaryValue],
  );
  return (
    <LanguageFlags
      text={props.text}
      locale={locale}
      wordList={wordList}
      glossary={glossary}
      id={props.id}
    />
  );
}
