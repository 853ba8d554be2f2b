import {
  type LanguageCheckResult,
  type LanguageFinding,
  type LocatedLanguageResult,
  checkAnswersLanguage,
  checkLanguage,
  languageFindings,
  readGlossary,
} from '@concord/domain';
import type { Db } from '../../db/database.js';
import { findCityById } from '../cities/cities.repository.js';
import type { CityActor } from '../cities/city-access.js';
import { cityRowToCity } from '../cities/city.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { evaluateStrategy, loadAnswers } from '../findings/strategy-evaluation.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import type { Locale } from '../users/user.js';
import { pickTextLocale, requireWordList } from './word-lists.js';

/**
 * Checks one text (a draft paragraph, a consultation's framing) against the word list of its
 * language, with the strategy's own glossary: key terms the city has agreed on are not flagged.
 */
export async function checkStrategyText(
  input: { strategyId: string; text: string; locale: string },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<LanguageCheckResult> {
  assertWorkspaceCan(actor, 'strategy.view');
  const wordList = requireWordList(catalog, input.locale, 'body.locale');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const answers = await loadAnswers(db, strategy);
  return checkLanguage({
    text: input.text,
    locale: wordList.locale,
    wordList,
    glossary: readGlossary(answers.values),
  });
}

export interface StrategyLanguageFindings {
  textLocale: string;
  wordListVersion: number;
  results: LocatedLanguageResult[];
  findings: LanguageFinding[];
}

/**
 * The language findings (LANG-01, LANG-02) over every answer that applies, like the engine's
 * findings but read from the free text. Answers are taken to be in the city's main language.
 */
export async function listStrategyLanguageFindings(
  input: { strategyId: string; locale?: Locale | undefined; textLocale?: string | undefined },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<StrategyLanguageFindings> {
  assertWorkspaceCan(actor, 'strategy.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const cityRow = await findCityById(db, strategy.cityId);
  const textLocale =
    input.textLocale ?? pickTextLocale(catalog, cityRow ? cityRowToCity(cityRow).languages : []);
  const wordList = requireWordList(catalog, textLocale, 'query.textLocale');
  const readerLocale = input.locale ?? actor.user.locale;
  const [answers, { evaluation }] = await Promise.all([
    loadAnswers(db, strategy),
    evaluateStrategy({ strategy, locale: readerLocale, now: new Date() }, db, catalog),
  ]);
  const results = checkAnswersLanguage({
    content: catalog.compiled.en,
    answers: { ...answers, contentVersion: evaluation.contentVersion },
    locale: wordList.locale,
    wordList,
    applicable: evaluation.applicable,
  });
  return {
    textLocale: wordList.locale,
    wordListVersion: wordList.version,
    results,
    findings: languageFindings({
      results,
      wordList: catalog.wordLists[readerLocale] ?? wordList,
    }),
  };
}
