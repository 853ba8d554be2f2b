import type { Db } from '../../db/database.js';
import type { ExportRow } from '../../db/tables.js';
import type { ExportJobRow } from './export-job.js';

interface ExportKey {
  cityId: string;
  strategyId: string;
  exportId: string;
}

export async function insertExportRow(db: Db, row: ExportRow): Promise<void> {
  await db.insertInto('exports').values(row).execute();
}

/** The job without its file (status polls should not read megabytes). */
export async function findExportJobRow(db: Db, key: ExportKey): Promise<ExportJobRow | undefined> {
  return db
    .selectFrom('exports')
    .select([
      'id',
      'city_id',
      'strategy_id',
      'version_id',
      'format',
      'locale',
      'audience',
      'status',
      'progress',
      'error_code',
      'error_message',
      'file_name',
      'mime_type',
      'created_by',
      'created_at',
      'updated_at',
    ])
    .where('city_id', '=', key.cityId)
    .where('strategy_id', '=', key.strategyId)
    .where('id', '=', key.exportId)
    .executeTakeFirst();
}

export async function findExportFile(
  db: Db,
  key: ExportKey,
): Promise<Pick<ExportRow, 'file' | 'file_name' | 'mime_type'> | undefined> {
  return db
    .selectFrom('exports')
    .select(['file', 'file_name', 'mime_type'])
    .where('city_id', '=', key.cityId)
    .where('strategy_id', '=', key.strategyId)
    .where('id', '=', key.exportId)
    .where('status', '=', 'done')
    .executeTakeFirst();
}

export async function updateExportRow(
  db: Db,
  { exportId, changes }: { exportId: string; changes: Partial<Omit<ExportRow, 'id'>> },
): Promise<void> {
  await db.updateTable('exports').set(changes).where('id', '=', exportId).execute();
}

export async function deleteExportsCreatedBefore(
  db: Db,
  { cityId, before }: { cityId: string; before: string },
): Promise<void> {
  await db
    .deleteFrom('exports')
    .where('city_id', '=', cityId)
    .where('created_at', '<', before)
    .execute();
}
