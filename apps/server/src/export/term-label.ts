// Question labels used as terms often end in a question mark; "Who leads?: A unit" reads
// badly, so a colon is only added where the term does not already end in punctuation.
const ENDS_WITH_PUNCTUATION = /[?:؟!.]$/;

export function termWithColon(term: string): string {
  const trimmed = term.trim();
  return ENDS_WITH_PUNCTUATION.test(trimmed) ? trimmed : `${trimmed}:`;
}
