import type { KeyTerm, WordList, WordListEntry } from './language.schema.js';
import { normalizeWord, patternKeys } from './tokenize-text.js';

/** What a complete pattern names: a list entry or a key term, by index in its list. */
export interface PatternEnd {
  kind: 'entry' | 'key';
  index: number;
}

/** One word of a pattern trie; a pattern ends where `ends` is not empty. */
export interface PatternNode {
  next: Map<string, PatternNode>;
  ends: PatternEnd[];
}

/**
 * A word list prepared for matching: every pattern as a path of normalised words in one trie,
 * so a text is read once, word by word, whatever the number of patterns.
 */
export interface CompiledWordList {
  locale: string;
  version: number;
  /** Normalised prefixes. */
  prefixes: ReadonlySet<string>;
  longestPrefix: number;
  root: PatternNode;
  entries: WordListEntry[];
  keyTerms: KeyTerm[];
  source: WordList;
}

const newNode = (): PatternNode => ({ next: new Map(), ends: [] });

/** Builds the trie once; checkLanguage() accepts the result to skip this step on every call. */
export function compileWordList(wordList: WordList): CompiledWordList {
  const root = newNode();
  const insert = (pattern: string, end: PatternEnd) => {
    let node = root;
    for (const key of patternKeys(pattern)) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    if (node !== root && !node.ends.some((e) => e.kind === end.kind && e.index === end.index))
      node.ends.push(end);
  };
  wordList.entries.forEach((entry, index) =>
    entry.patterns.forEach((p) => insert(p, { kind: 'entry', index })),
  );
  wordList.keyTerms.forEach((term, index) =>
    term.patterns.forEach((p) => insert(p, { kind: 'key', index })),
  );
  const prefixes = new Set(wordList.prefixes.map(normalizeWord).filter((p) => p !== ''));
  return {
    locale: wordList.locale,
    version: wordList.version,
    prefixes,
    longestPrefix: Math.max(0, ...[...prefixes].map((p) => p.length)),
    root,
    entries: wordList.entries,
    keyTerms: wordList.keyTerms,
    source: wordList,
  };
}

export function isCompiledWordList(list: WordList | CompiledWordList): list is CompiledWordList {
  return 'root' in list;
}
