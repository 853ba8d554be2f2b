// Word-level view of a text, shared by the word lists (patterns) and the checked text, so both
// sides are cut and normalised the same way and offsets always point into the original text.

/** A run of letters, marks and digits, with its UTF-16 offsets in the original text. */
export interface Token {
  /** Normalised form used for matching (see normalizeWord). */
  key: string;
  start: number;
  end: number;
}

// \p{M} keeps Arabic vowel signs and combining accents inside the word they belong to.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}/gu;
const TATWEEL = /\u0640/g;
const ALEF_MAKSURA = /\u0649/g;
const ASCII = /^\p{ASCII}*$/u;
// Between the words of one phrase only spaces and one joining sign may stand ("counter-terrorism",
// "P/CVE", "l'extrémisme"), never sentence punctuation: "counter. Terrorism" is not a phrase.
const PHRASE_GAP = /^\s*[-\u2010-\u2014/'\u2019]?\s*$/;

/**
 * Case- and diacritic-insensitive form of one word: lower case, compatibility decomposition,
 * marks removed (so é = e, and Arabic short vowels, shadda and hamza seats are ignored:
 * أ إ آ = ا), tatweel removed, alef maksura read as ya.
 */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .replace(ALEF_MAKSURA, '\u064a');
}

/** Splits a text into normalised word tokens; words that normalise to nothing are dropped. */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  // Words repeat a lot in running text; normalising each distinct word once keeps long texts fast.
  const seen = new Map<string, string>();
  for (const m of text.matchAll(WORD)) {
    let key = seen.get(m[0]);
    if (key === undefined) seen.set(m[0], (key = normalizeWord(m[0])));
    if (key !== '') tokens.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** True when two neighbouring tokens may belong to one phrase. */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  return to > from && to - from <= 8 && PHRASE_GAP.test(text.slice(from, to));
}

/** A pattern as the sequence of normalised words the text must contain, e.g. "P/CVE" -> p, cve. */
export function patternKeys(pattern: string): string[] {
  return tokenizeText(pattern).map((t) => t.key);
}
