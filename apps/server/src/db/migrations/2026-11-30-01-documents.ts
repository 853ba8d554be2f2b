import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen: this file must never import application code and must never change once released.
// The strategy document: the city's narrative chapters, versions (snapshots with their approval
// workflow and the council's decision), reviewers' comments per section, and export jobs with
// the files they produce. Every row carries city_id; children reference (city_id, parent id).

const VERSION_STATUSES = ['draft', 'in-review', 'submitted', 'approved', 'returned'];
const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'];

export async function up(db: Kysely<any>): Promise<void> {
  // Export files live in the database so every instance sharing it can serve them.
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';

  await db.schema
    .createTable('narrative_chapters')
    .addColumn('city_id', 'text', (col) => col.notNull())
    .addColumn('strategy_id', 'text', (col) => col.notNull())
    .addColumn('chapter_key', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('narrative_chapters_pkey', ['city_id', 'strategy_id', 'chapter_key'])
    .addForeignKeyConstraint(
      'narrative_chapters_strategy_fkey',
      ['city_id', 'strategy_id'],
      'strategies',
      ['city_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('narrative_chapters_revision_check', sql`revision >= 1`)
    .execute();

  await db.schema
    .createTable('strategy_versions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('city_id', 'text', (col) => col.notNull())
    .addColumn('strategy_id', 'text', (col) => col.notNull())
    // 1, 2, 3... within the strategy, in the order the snapshots were taken.
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('content_version', 'integer', (col) => col.notNull())
    // JSON: answers, narrative, accepted risks and the findings at the time of the snapshot.
    .addColumn('snapshot', 'text', (col) => col.notNull())
    // JSON: { body, reference, date } of the council's decision; null until one is recorded.
    .addColumn('decision', 'text')
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('status_changed_by', 'text', (col) =>
      col.references('users.id').onDelete('set null'),
    )
    .addColumn('status_changed_at', 'text', (col) => col.notNull())
    // Why it moved to its current status (e.g. what the council asked to change), if given.
    .addColumn('status_note', 'text')
    .addUniqueConstraint('strategy_versions_city_id_id_key', ['city_id', 'id'])
    .addUniqueConstraint('strategy_versions_number_key', ['city_id', 'strategy_id', 'number'])
    .addForeignKeyConstraint(
      'strategy_versions_strategy_fkey',
      ['city_id', 'strategy_id'],
      'strategies',
      ['city_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint(
      'strategy_versions_status_check',
      sql`status in (${sql.join(VERSION_STATUSES.map((status) => sql.lit(status)))})`,
    )
    .execute();
  // An approved version locks its strategy, so a strategy has at most one.
  await db.schema
    .createIndex('strategy_versions_one_approved_idx')
    .on('strategy_versions')
    .columns(['city_id', 'strategy_id'])
    .unique()
    .where(sql.ref('status'), '=', sql.lit('approved'))
    .execute();

  await db.schema
    .createTable('version_comments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('city_id', 'text', (col) => col.notNull())
    .addColumn('version_id', 'text', (col) => col.notNull())
    // A document chapter key or a content section id.
    .addColumn('section_id', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('author_id', 'text', (col) => col.references('users.id').onDelete('set null'))
    // Kept with the comment: it outlives the account and travels with an exported strategy.
    .addColumn('author_name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addForeignKeyConstraint(
      'version_comments_version_fkey',
      ['city_id', 'version_id'],
      'strategy_versions',
      ['city_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('version_comments_version_idx')
    .on('version_comments')
    .columns(['city_id', 'version_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('exports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('city_id', 'text', (col) => col.notNull())
    .addColumn('strategy_id', 'text', (col) => col.notNull())
    .addColumn('version_id', 'text')
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('audience', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    // Whole percent, 0..100.
    .addColumn('progress', 'integer', (col) => col.notNull())
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('file_name', 'text')
    .addColumn('mime_type', 'text')
    .addColumn('file', binary)
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addForeignKeyConstraint(
      'exports_strategy_fkey',
      ['city_id', 'strategy_id'],
      'strategies',
      ['city_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint(
      'exports_status_check',
      sql`status in (${sql.join(EXPORT_STATUSES.map((status) => sql.lit(status)))})`,
    )
    .addCheckConstraint('exports_progress_check', sql`progress between 0 and 100`)
    .execute();
  await db.schema
    .createIndex('exports_city_id_created_at_idx')
    .on('exports')
    .columns(['city_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['exports', 'version_comments', 'strategy_versions', 'narrative_chapters']) {
    await db.schema.dropTable(table).execute();
  }
}
