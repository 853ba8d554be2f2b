// The language check: zod-free, so it runs in the browser editor as well as on the server.
// The word-list schema (zod) is exported separately from language.schema.ts.
export { checkLanguage } from './check-language.js';
export type {
  CheckLanguageInput,
  LanguageCheckResult,
  LanguageFlag,
  UndefinedKeyTerm,
} from './check-language.js';
export { checkAnswersLanguage, type CheckAnswersLanguageInput } from './check-answers-language.js';
export { compileWordList, type CompiledWordList } from './compile-word-list.js';
export { findAgreedKeyTerms, readGlossary, type GlossaryTerm } from './glossary.js';
export {
  languageFindings,
  type LanguageFinding,
  type LanguageFindingsInput,
  type LanguageOccurrence,
  type LocatedLanguageResult,
  type TextLocation,
} from './language-findings.js';
export { normalizeWord, tokenizeText, type Token } from './tokenize-text.js';
export * from './word-list.constants.js';
export type {
  KeyTerm,
  WordList,
  WordListEntry,
  WordListInput,
  WordLists,
} from './language.schema.js';
