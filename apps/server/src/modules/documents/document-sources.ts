import type { AnswerValue, Answers } from '@concord/domain';
import type {
  AcceptedRisk,
  Audience,
  DocumentCity,
  DocumentStrategy,
  StrategyChapterKey,
} from '@concord/domain/document';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { listAcceptedRisks } from '../accepted-risks/accepted-risks.service.js';
import { findCityById } from '../cities/cities.repository.js';
import { cityRowToCity } from '../cities/city.js';
import { filterPublicValue } from '../consultations/public-filter.js';
import { listSensitiveAnswerRows } from '../consultations/sensitive-answers.repository.js';
import { toSensitiveMarks } from '../consultations/sensitive-marks.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { todayInTimeZone } from '../findings/city-today.js';
import { loadAnswers } from '../findings/strategy-evaluation.js';
import { isChapterKey, toNarrativeTexts } from '../narrative/narrative-chapter.js';
import { loadNarrative } from '../narrative/narrative.service.js';
import type { Strategy } from '../strategies/strategy.js';
import type { Locale } from '../users/user.js';
import { type VersionSummary, parseSnapshot, versionRowToSummary } from '../versions/version.js';
import { findApprovedVersionRow, findVersionRow } from '../versions/versions.repository.js';
import { bringToCatalogVersion } from './answers-at-catalog.js';

export const DOCUMENT_KINDS = ['strategy', 'handover-brief'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Everything a worker thread needs to build a document, as plain JSON. The worker compiles
 * the content and runs the engine itself, so building a long document never holds up the
 * thread that answers requests.
 */
export interface DocumentTaskSources {
  kind: DocumentKind;
  locale: Locale;
  audience: Audience;
  generatedAt: string;
  today: string;
  /** The answers the findings are derived from, at the server's content version. */
  answers: Answers;
  /** Public documents only: the answers that may be shown (sensitive ones left out). */
  shownAnswers?: Answers;
  acceptedRisks: AcceptedRisk[];
  city: DocumentCity;
  strategy: DocumentStrategy;
  narrative: Partial<Record<StrategyChapterKey, string>>;
}

// How the live, not yet snapshotted strategy is named on the cover.
const WORKING_COPY_LABEL: Record<Locale, string> = {
  en: 'Working draft',
  fr: 'Version de travail',
  ar: 'مسودة العمل',
};

interface Content {
  title: string;
  startYear: number;
  endYear: number;
  answers: Answers;
  narrative: Partial<Record<StrategyChapterKey, string>>;
  acceptedRisks: AcceptedRisk[];
  version: VersionSummary | null;
}

async function loadWorkingCopy(db: Db, strategy: Strategy): Promise<Content> {
  const [answers, chapters, risks] = await Promise.all([
    loadAnswers(db, strategy),
    loadNarrative(db, strategy),
    listAcceptedRisks(db, { cityId: strategy.cityId, strategyId: strategy.id }),
  ]);
  return {
    title: strategy.title,
    startYear: strategy.startYear,
    endYear: strategy.endYear,
    answers,
    narrative: toNarrativeTexts(chapters),
    acceptedRisks: risks.map((risk) => ({
      ruleId: risk.ruleId,
      justification: risk.justification,
      acceptedBy: risk.acceptedBy?.name ?? '',
      acceptedAt: risk.acceptedAt,
    })),
    version: null,
  };
}

async function loadVersionContent(
  db: Db,
  strategy: Strategy,
  versionId: string | undefined,
): Promise<Content | null> {
  const key = { cityId: strategy.cityId, strategyId: strategy.id };
  const row =
    versionId === undefined
      ? await findApprovedVersionRow(db, key)
      : await findVersionRow(db, { ...key, versionId });
  if (!row) {
    if (versionId !== undefined) throw new AppError('not_found', 'There is no such version.');
    return null;
  }
  const snapshot = parseSnapshot(row);
  return {
    ...snapshot.strategy,
    answers: { contentVersion: snapshot.contentVersion, values: snapshot.answers },
    narrative: Object.fromEntries(
      Object.entries(snapshot.narrative).filter(([key, text]) => isChapterKey(key) && text),
    ),
    acceptedRisks: snapshot.acceptedRisks.map((risk) => ({
      ...risk,
      acceptedBy: risk.acceptedBy ?? '',
    })),
    version: versionRowToSummary(row),
  };
}

function leaveOutSensitive(
  answers: Answers,
  catalog: ContentCatalog,
  marks: ReturnType<typeof toSensitiveMarks>,
): Answers {
  const values: Record<string, AnswerValue> = {};
  for (const [questionId, value] of Object.entries(answers.values)) {
    const question = catalog.compiled.en.questions.get(questionId);
    const shown = filterPublicValue(question, questionId, value, marks);
    if (shown.value !== undefined) values[questionId] = shown.value;
  }
  return { contentVersion: answers.contentVersion, values };
}

/**
 * Gathers a document's sources: a version's snapshot when one is named (or, for a strategy
 * with an approved version, that version: it is what the council approved), otherwise the
 * live answers and narrative. A public document leaves out what the content labels sensitive
 * (the model does that) and what a coordinator marked sensitive (done here).
 */
export async function gatherDocumentSources(
  input: {
    strategy: Strategy;
    versionId?: string | undefined;
    kind: DocumentKind;
    locale: Locale;
    audience: Audience;
    now: Date;
  },
  db: Db,
  catalog: ContentCatalog,
): Promise<{ sources: DocumentTaskSources; version: VersionSummary | null }> {
  const { strategy } = input;
  const [cityRow, fromVersion] = await Promise.all([
    findCityById(db, strategy.cityId),
    loadVersionContent(db, strategy, input.versionId),
  ]);
  if (!cityRow) throw new AppError('not_found');
  const city = cityRowToCity(cityRow);
  const content = fromVersion ?? (await loadWorkingCopy(db, strategy));
  const answers = bringToCatalogVersion(content.answers, catalog);
  const { version } = content;

  const sources: DocumentTaskSources = {
    kind: input.kind,
    locale: input.locale,
    audience: input.audience,
    generatedAt: input.now.toISOString(),
    today: todayInTimeZone(city.timeZone, input.now),
    answers,
    acceptedRisks: content.acceptedRisks,
    city: { name: city.name, country: city.country, languages: city.languages },
    strategy: {
      title: content.title,
      startYear: content.startYear,
      endYear: content.endYear,
      versionLabel: version ? version.label : WORKING_COPY_LABEL[input.locale],
      status: version ? version.status : 'draft',
      ...(version?.decision ? { decision: version.decision } : {}),
    },
    narrative: content.narrative,
  };
  if (input.audience === 'public') {
    const marks = toSensitiveMarks(
      await listSensitiveAnswerRows(db, { cityId: strategy.cityId, strategyId: strategy.id }),
    );
    sources.shownAnswers = leaveOutSensitive(answers, catalog, marks);
  }
  return { sources, version };
}
