import type { Db } from '../../db/database.js';
import type { ConsultationCommentRow } from '../../db/tables.js';
import type { ConsultationKey } from './consultations.repository.js';

export async function insertComment(db: Db, row: ConsultationCommentRow): Promise<void> {
  await db.insertInto('consultation_comments').values(row).execute();
}

export async function listCommentRows(
  db: Db,
  { cityId, consultationId, status }: ConsultationKey & { status?: string | undefined },
): Promise<ConsultationCommentRow[]> {
  let query = db
    .selectFrom('consultation_comments')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('consultation_id', '=', consultationId);
  if (status !== undefined) query = query.where('status', '=', status);
  return query.orderBy('created_at').orderBy('id').execute();
}

export async function countCommentsByStatus(
  db: Db,
  { cityId, consultationIds }: { cityId: string; consultationIds: readonly string[] },
): Promise<{ consultation_id: string; status: string; count: number }[]> {
  if (consultationIds.length === 0) return [];
  const rows = await db
    .selectFrom('consultation_comments')
    .select(['consultation_id', 'status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('city_id', '=', cityId)
    .where('consultation_id', 'in', [...consultationIds])
    .groupBy(['consultation_id', 'status'])
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

export async function findComment(
  db: Db,
  { cityId, consultationId, commentId }: ConsultationKey & { commentId: string },
): Promise<ConsultationCommentRow | undefined> {
  return db
    .selectFrom('consultation_comments')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('consultation_id', '=', consultationId)
    .where('id', '=', commentId)
    .executeTakeFirst();
}

export async function updateComment(
  db: Db,
  { cityId, consultationId, commentId }: ConsultationKey & { commentId: string },
  changes: Partial<
    Omit<
      ConsultationCommentRow,
      'id' | 'city_id' | 'consultation_id' | 'part' | 'body' | 'created_at'
    >
  >,
): Promise<void> {
  await db
    .updateTable('consultation_comments')
    .set(changes)
    .where('city_id', '=', cityId)
    .where('consultation_id', '=', consultationId)
    .where('id', '=', commentId)
    .execute();
}
