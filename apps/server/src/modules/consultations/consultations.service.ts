import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { ConsultationRow } from '../../db/tables.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { newId } from '../../lib/ids.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { loadAnswers } from '../findings/strategy-evaluation.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';
import { countCommentsByStatus } from './comments.repository.js';
import { loadConsultation, loadScope, publicUrlOf } from './consultation-access.js';
import { type Consultation, consultationRowToConsultation, phaseOf } from './consultation.js';
import {
  findConsultation,
  insertConsultation,
  listConsultationRows,
  updateConsultation,
} from './consultations.repository.js';
import { type DraftInput, assertDraftFits, findPublishProblems } from './draft-checks.js';
import { takeSnapshot } from './public-snapshot.js';
import { listSensitiveAnswerRows } from './sensitive-answers.repository.js';
import { toSensitiveMarks } from './sensitive-marks.js';

export interface CommentCounts {
  pending: number;
  approved: number;
  rejected: number;
}

/** The consultation as the API shows it to city members. */
export function describeConsultation(
  consultation: Consultation,
  { today, publicUrl, comments }: { today: string; publicUrl: string; comments: CommentCounts },
) {
  const { snapshot: _snapshot, slug, cityId: _cityId, ...fields } = consultation;
  return {
    ...fields,
    phase: phaseOf(consultation, today),
    publicUrl: publicUrlOf(publicUrl, slug),
    comments,
  };
}

export type ConsultationView = ReturnType<typeof describeConsultation>;

async function countComments(
  db: Db,
  cityId: string,
  consultationIds: string[],
): Promise<Map<string, CommentCounts>> {
  const counts = new Map<string, CommentCounts>(
    consultationIds.map((id) => [id, { pending: 0, approved: 0, rejected: 0 }]),
  );
  for (const row of await countCommentsByStatus(db, { cityId, consultationIds })) {
    const item = counts.get(row.consultation_id);
    if (
      item &&
      (row.status === 'pending' || row.status === 'approved' || row.status === 'rejected')
    )
      item[row.status] = row.count;
  }
  return counts;
}

export async function listConsultations(
  input: { strategyId: string },
  actor: CityActor,
  db: Db,
  publicUrl: string,
): Promise<ConsultationView[]> {
  assertWorkspaceCan(actor, 'strategy.view');
  const { strategy, today } = await loadScope(db, actor, input.strategyId);
  const consultations = (
    await listConsultationRows(db, { cityId: actor.city.cityId, strategyId: strategy.id })
  ).map(consultationRowToConsultation);
  const counts = await countComments(
    db,
    actor.city.cityId,
    consultations.map((c) => c.id),
  );
  return consultations.map((consultation) =>
    describeConsultation(consultation, {
      today,
      publicUrl,
      comments: counts.get(consultation.id)!,
    }),
  );
}

export async function describeOne(
  db: Db,
  consultation: Consultation,
  { today, publicUrl }: { today: string; publicUrl: string },
): Promise<ConsultationView> {
  const counts = await countComments(db, consultation.cityId, [consultation.id]);
  return describeConsultation(consultation, {
    today,
    publicUrl,
    comments: counts.get(consultation.id)!,
  });
}

function draftColumns(draft: DraftInput) {
  return {
    languages: JSON.stringify(draft.languages),
    texts: JSON.stringify(draft.texts),
    question_ids: JSON.stringify(draft.questionIds),
    definition_row_ids: JSON.stringify(draft.definitionRowIds),
    opens_on: draft.opensOn,
    closes_on: draft.closesOn,
  };
}

function auditState(c: Pick<Consultation, 'status' | keyof DraftInput>) {
  return {
    status: c.status,
    languages: c.languages,
    texts: c.texts,
    questionIds: c.questionIds,
    definitionRowIds: c.definitionRowIds,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
  };
}

/** Starts a consultation as a draft: nothing is public until it is published. */
export async function createConsultation(
  input: { strategyId: string } & DraftInput,
  actor: CityActor,
  db: Db,
  { catalog, publicUrl }: { catalog: ContentCatalog; publicUrl: string },
): Promise<ConsultationView> {
  assertWorkspaceCan(actor, 'strategy.manage');
  const { strategy, city, today } = await loadScope(db, actor, input.strategyId);
  const { strategyId: _strategyId, ...draft } = input;
  const answers = await loadAnswers(db, strategy);
  assertDraftFits(draft, {
    cityLanguages: city.languages,
    content: catalog.compiled.en,
    values: answers.values,
  });
  const now = toTimestamp(new Date());
  const row: ConsultationRow = {
    id: newId(),
    city_id: actor.city.cityId,
    strategy_id: strategy.id,
    slug: null,
    status: 'draft',
    ...draftColumns(draft),
    snapshot: null,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    published_at: null,
    closed_at: null,
    summarized_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await insertConsultation(trx, row);
    await recordChange(trx, {
      cityId: row.city_id,
      actorId: actor.userId,
      action: 'consultation.create',
      entityType: 'consultation',
      entityId: row.id,
      strategyId: strategy.id,
      before: null,
      after: auditState({ status: 'draft', ...draft }),
    });
  });
  return describeOne(db, consultationRowToConsultation(row), { today, publicUrl });
}

function assertDraft(consultation: Consultation): void {
  if (consultation.status !== 'draft') {
    throw new AppError(
      'conflict',
      'This consultation is already published, so its text can no longer change. Close it and start a new one instead.',
    );
  }
}

export async function changeConsultation(
  input: { strategyId: string; consultationId: string } & Partial<DraftInput>,
  actor: CityActor,
  db: Db,
  { catalog, publicUrl }: { catalog: ContentCatalog; publicUrl: string },
): Promise<ConsultationView> {
  assertWorkspaceCan(actor, 'strategy.manage');
  const { strategy, city, today } = await loadScope(db, actor, input.strategyId);
  const current = await loadConsultation(db, actor, input);
  assertDraft(current);
  const { strategyId: _s, consultationId: _c, ...changes } = input;
  const draft: DraftInput = {
    languages: changes.languages ?? current.languages,
    texts: changes.texts ?? current.texts,
    questionIds: changes.questionIds ?? current.questionIds,
    definitionRowIds: changes.definitionRowIds ?? current.definitionRowIds,
    opensOn: changes.opensOn ?? current.opensOn,
    closesOn: changes.closesOn ?? current.closesOn,
  };
  const answers = await loadAnswers(db, strategy);
  assertDraftFits(draft, {
    cityLanguages: city.languages,
    content: catalog.compiled.en,
    values: answers.values,
  });
  const updatedAt = toTimestamp(new Date());
  await db.transaction().execute(async (trx) => {
    await updateConsultation(
      trx,
      { cityId: actor.city.cityId, consultationId: current.id },
      { ...draftColumns(draft), updated_at: updatedAt },
    );
    await recordChange(trx, {
      cityId: actor.city.cityId,
      actorId: actor.userId,
      action: 'consultation.update',
      entityType: 'consultation',
      entityId: current.id,
      strategyId: strategy.id,
      before: auditState(current),
      after: auditState({ status: 'draft', ...draft }),
    });
  });
  return describeOne(db, { ...current, ...draft, updatedAt }, { today, publicUrl });
}

/** 128 random bits: the address cannot be guessed or enumerated. */
function generateSlug(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Publishes a draft at its public address. The answers shown are copied now (without any
 * sensitive item), so residents comment on a text that does not change under them.
 */
export async function publishConsultation(
  input: { strategyId: string; consultationId: string },
  actor: CityActor,
  db: Db,
  { catalog, publicUrl }: { catalog: ContentCatalog; publicUrl: string },
): Promise<ConsultationView> {
  assertWorkspaceCan(actor, 'strategy.manage');
  const { strategy, city, today } = await loadScope(db, actor, input.strategyId);
  const current = await loadConsultation(db, actor, input);
  assertDraft(current);
  const problems = findPublishProblems(current, today);
  if (problems.length > 0) {
    throw invalidFields(problems, 'The consultation is not ready to publish yet.');
  }
  const answers = await loadAnswers(db, strategy);
  assertDraftFits(current, {
    cityLanguages: city.languages,
    content: catalog.compiled.en,
    values: answers.values,
  });
  const marks = toSensitiveMarks(
    await listSensitiveAnswerRows(db, { cityId: actor.city.cityId, strategyId: strategy.id }),
  );
  const { snapshot } = takeSnapshot({
    consultation: current,
    content: catalog.compiled.en,
    answers,
    marks,
    today,
  });
  const now = toTimestamp(new Date());
  const slug = generateSlug();
  await db.transaction().execute(async (trx) => {
    await updateConsultation(
      trx,
      { cityId: actor.city.cityId, consultationId: current.id },
      {
        status: 'published',
        slug,
        snapshot: JSON.stringify(snapshot),
        published_at: now,
        updated_at: now,
      },
    );
    await recordChange(trx, {
      cityId: actor.city.cityId,
      actorId: actor.userId,
      action: 'consultation.publish',
      entityType: 'consultation',
      entityId: current.id,
      strategyId: strategy.id,
      before: { status: 'draft' },
      after: { status: 'published', shownQuestionIds: Object.keys(snapshot.values) },
    });
  });
  return describeOne(
    db,
    { ...current, status: 'published', slug, snapshot, publishedAt: now, updatedAt: now },
    { today, publicUrl },
  );
}

/** Stops comments before the closing date; the page stays readable with approved comments. */
export async function closeConsultation(
  input: { strategyId: string; consultationId: string },
  actor: CityActor,
  db: Db,
  { publicUrl }: { publicUrl: string },
): Promise<ConsultationView> {
  assertWorkspaceCan(actor, 'strategy.manage');
  const { strategy, today } = await loadScope(db, actor, input.strategyId);
  const current = await loadConsultation(db, actor, input);
  if (current.status === 'closed') return describeOne(db, current, { today, publicUrl });
  if (current.status !== 'published') {
    throw new AppError('conflict', 'Only a published consultation can be closed.');
  }
  const now = toTimestamp(new Date());
  await db.transaction().execute(async (trx) => {
    await updateConsultation(
      trx,
      { cityId: actor.city.cityId, consultationId: current.id },
      { status: 'closed', closed_at: now, updated_at: now },
    );
    await recordChange(trx, {
      cityId: actor.city.cityId,
      actorId: actor.userId,
      action: 'consultation.close',
      entityType: 'consultation',
      entityId: current.id,
      strategyId: strategy.id,
      before: { status: 'published' },
      after: { status: 'closed' },
    });
  });
  const closed = await findConsultation(db, {
    cityId: actor.city.cityId,
    strategyId: strategy.id,
    consultationId: current.id,
  });
  return describeOne(db, consultationRowToConsultation(closed!), { today, publicUrl });
}
