import type { Db } from '../../db/database.js';
import type { ConsultationRow } from '../../db/tables.js';

export interface ConsultationKey {
  cityId: string;
  consultationId: string;
}

export async function insertConsultation(db: Db, row: ConsultationRow): Promise<void> {
  await db.insertInto('consultations').values(row).execute();
}

export async function findConsultation(
  db: Db,
  { cityId, strategyId, consultationId }: ConsultationKey & { strategyId: string },
): Promise<ConsultationRow | undefined> {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('strategy_id', '=', strategyId)
    .where('id', '=', consultationId)
    .executeTakeFirst();
}

/** For the public page: the slug is the only key a resident has. Drafts are never found. */
export async function findPublishedConsultationBySlug(
  db: Db,
  slug: string,
): Promise<ConsultationRow | undefined> {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('slug', '=', slug)
    .where('status', 'in', ['published', 'closed'])
    .executeTakeFirst();
}

export async function listConsultationRows(
  db: Db,
  { cityId, strategyId }: { cityId: string; strategyId: string },
) {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('strategy_id', '=', strategyId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function updateConsultation(
  db: Db,
  { cityId, consultationId }: ConsultationKey,
  changes: Partial<Omit<ConsultationRow, 'id' | 'city_id' | 'strategy_id' | 'created_at'>>,
): Promise<void> {
  await db
    .updateTable('consultations')
    .set(changes)
    .where('city_id', '=', cityId)
    .where('id', '=', consultationId)
    .execute();
}
