import type { CompiledWordList, PatternEnd } from './compile-word-list.js';
import { isPhraseGap, type Token } from './tokenize-text.js';

/** A place where a pattern occurs, before overlaps are resolved. */
export interface PatternMatch extends PatternEnd {
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

// A prefix is only removed when a real word remains (at least two letters), so a short listed
// form is not found inside an unrelated word that merely begins with و or ب.
const MIN_STEM = 2;

/**
 * Every occurrence of every pattern, overlapping ones included. A phrase starts on a whole
 * token, or on a token with one listed prefix removed; the following words must match exactly
 * and be separated only by spaces or a joining sign.
 */
export function findPatternMatches(
  list: CompiledWordList,
  text: string,
  tokens: readonly Token[],
): PatternMatch[] {
  const matches: PatternMatch[] = [];
  for (let first = 0; first < tokens.length; first++) {
    const token = tokens[first]!;
    for (const key of firstWordForms(token.key, list)) {
      let node = list.root.next.get(key);
      let last = first;
      while (node) {
        for (const end of node.ends)
          matches.push({
            ...end,
            tokenStart: first,
            tokenEnd: last + 1,
            start: token.start,
            end: tokens[last]!.end,
          });
        const following = tokens[last + 1];
        if (!following || !isPhraseGap(text, tokens[last]!.end, following.start)) break;
        node = node.next.get(following.key);
        last++;
      }
    }
  }
  return matches;
}

function firstWordForms(key: string, list: CompiledWordList): string[] {
  const forms = [key];
  const longest = Math.min(list.longestPrefix, key.length - MIN_STEM);
  for (let length = 1; length <= longest; length++)
    if (list.prefixes.has(key.slice(0, length))) forms.push(key.slice(length));
  return forms;
}

/**
 * Keeps one match per stretch of text: the longest wins; among equally long ones the earliest,
 * then the one listed first. The result is in text order, so it never depends on input order.
 */
export function keepLongest(matches: PatternMatch[], tokenCount: number): PatternMatch[] {
  const ranked = [...matches].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      (a.kind === b.kind ? 0 : a.kind === 'entry' ? -1 : 1) ||
      a.index - b.index,
  );
  const taken = new Uint8Array(tokenCount);
  const kept: PatternMatch[] = [];
  for (const match of ranked) {
    let free = true;
    for (let t = match.tokenStart; t < match.tokenEnd && free; t++) free = taken[t] === 0;
    if (!free) continue;
    taken.fill(1, match.tokenStart, match.tokenEnd);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
