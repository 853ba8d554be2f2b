import { checkLanguage, readGlossary } from '@concord/domain';
import type { Db } from '../../db/database.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { loadAnswers } from '../findings/strategy-evaluation.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';
import type { Locale } from '../users/user.js';
import { loadConsultation, loadScope } from './consultation-access.js';
import { describeOne } from './consultations.service.js';
import type { LeftOut } from './public-filter.js';
import { takeSnapshot } from './public-snapshot.js';
import { buildPublicView } from './public-view.js';
import { listSensitiveAnswerRows } from './sensitive-answers.repository.js';
import { toSensitiveMarks } from './sensitive-marks.js';

function uniqueLeftOut(items: readonly LeftOut[]): LeftOut[] {
  const seen = new Map<string, LeftOut>();
  for (const item of items) seen.set(`${item.questionId}\u0000${item.rowId ?? ''}`, item);
  return [...seen.values()];
}

/**
 * A consultation with the preview of its public page (exactly what residents see, built by the
 * same code as the page), what the page leaves out and why, and the language check of its
 * title and framing in each language.
 */
export async function getConsultationDetail(
  input: { strategyId: string; consultationId: string; locale?: Locale | undefined },
  actor: CityActor,
  db: Db,
  { catalog, publicUrl }: { catalog: ContentCatalog; publicUrl: string },
) {
  assertWorkspaceCan(actor, 'strategy.view');
  const { strategy, today } = await loadScope(db, actor, input.strategyId);
  const consultation = await loadConsultation(db, actor, input);
  const [answers, markRows] = await Promise.all([
    loadAnswers(db, strategy),
    listSensitiveAnswerRows(db, { cityId: actor.city.cityId, strategyId: strategy.id }),
  ]);
  const marks = toSensitiveMarks(markRows);
  // A draft shows what publishing now would copy; a published one shows its copy.
  const snapshot =
    consultation.snapshot ??
    takeSnapshot({ consultation, content: catalog.compiled.en, answers, marks, today }).snapshot;
  const requested = input.locale ?? actor.user.locale;
  const lang = consultation.languages.includes(requested)
    ? requested
    : (consultation.languages[0] ?? 'en');
  const view = buildPublicView({
    consultation: { ...consultation, snapshot },
    content: catalog.compiled[lang],
    marks,
    lang,
  });

  const glossary = readGlossary(answers.values);
  const languageChecks = consultation.languages.flatMap((language) => {
    const wordList = catalog.wordLists[language];
    const text = consultation.texts[language];
    if (!wordList || !text) return [];
    return (['title', 'framing'] as const).map((field) => ({
      language,
      field,
      ...checkLanguage({ text: text[field], locale: language, wordList, glossary }),
    }));
  });

  return {
    consultation: await describeOne(db, consultation, { today, publicUrl }),
    preview: { lang, title: view.title, parts: view.parts },
    leftOut: uniqueLeftOut([...snapshot.leftOut, ...view.leftOut]),
    languageChecks,
  };
}
