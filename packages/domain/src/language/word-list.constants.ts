// Plain values shared by the word-list schema and the zod-free checker (browser bundle).

export const LANGUAGE_CATEGORIES = [
  'securitised-framing',
  'contested-term',
  'stigmatising',
  'surveillance',
] as const;

export const LANGUAGE_SEVERITIES = ['medium', 'info'] as const;

/**
 * The two language findings. They are not rules in content/strategy/rules because the engine's
 * conditions read answers, never free text; language-findings.ts produces them instead.
 */
export const LANGUAGE_RULE_CODES = ['LANG-01', 'LANG-02'] as const;

/** The workspace section the language findings belong to (the further considerations). */
export const LANGUAGE_FINDINGS_SECTION = 'strategy:considerations';

/** The group question holding the city's glossary (term, definition, consensus, ...). */
export const GLOSSARY_QUESTION_ID = 'strategy:considerations:q:glossary';

export type LanguageCategory = (typeof LANGUAGE_CATEGORIES)[number];
export type LanguageSeverity = (typeof LANGUAGE_SEVERITIES)[number];
export type LanguageRuleCode = (typeof LANGUAGE_RULE_CODES)[number];
