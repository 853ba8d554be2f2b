import { sql, type Kysely } from 'kysely';

// Frozen: this file must never import application code and must never change once released.
// Participation: public consultations on a strategy draft, residents' comments (moderated before
// anything is public), answers a coordinator marks sensitive, and the per-address counters that
// throttle the public comment form. No table holds a resident's address or contact details.

const CONSULTATION_STATUSES = ['draft', 'published', 'closed'];
const COMMENT_STATUSES = ['pending', 'approved', 'rejected'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('city_id', 'text', (col) => col.notNull())
    .addColumn('strategy_id', 'text', (col) => col.notNull())
    // Random and unguessable; null until the consultation is first published.
    .addColumn('slug', 'text', (col) => col.unique())
    .addColumn('status', 'text', (col) => col.notNull())
    // JSON: ["en","ar"], the first is the language the strategy's answers are written in.
    .addColumn('languages', 'text', (col) => col.notNull())
    // JSON: { "<lang>": { "title": "...", "framing": "..." } }
    .addColumn('texts', 'text', (col) => col.notNull())
    .addColumn('question_ids', 'text', (col) => col.notNull())
    .addColumn('definition_row_ids', 'text', (col) => col.notNull())
    .addColumn('opens_on', 'text', (col) => col.notNull())
    .addColumn('closes_on', 'text', (col) => col.notNull())
    // JSON: the answers shown, copied when published (sensitive items are never copied).
    .addColumn('snapshot', 'text')
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('published_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('summarized_at', 'text')
    .addUniqueConstraint('consultations_city_id_id_key', ['city_id', 'id'])
    .addForeignKeyConstraint(
      'consultations_strategy_fkey',
      ['city_id', 'strategy_id'],
      'strategies',
      ['city_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint(
      'consultations_status_check',
      sql`status in (${sql.join(CONSULTATION_STATUSES.map((status) => sql.lit(status)))})`,
    )
    .addCheckConstraint('consultations_dates_check', sql`closes_on >= opens_on`)
    .execute();
  await db.schema
    .createIndex('consultations_city_id_strategy_id_idx')
    .on('consultations')
    .columns(['city_id', 'strategy_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('consultation_comments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('city_id', 'text', (col) => col.notNull())
    .addColumn('consultation_id', 'text', (col) => col.notNull())
    // "framing", "definitions" or a content section id.
    .addColumn('part', 'text', (col) => col.notNull())
    .addColumn('author_name', 'text')
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('topic', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('moderated_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('moderated_at', 'text')
    .addColumn('reply', 'text')
    .addColumn('replied_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('replied_at', 'text')
    .addColumn('linked_question_id', 'text')
    .addColumn('link_note', 'text')
    .addColumn('linked_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('linked_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addForeignKeyConstraint(
      'consultation_comments_consultation_fkey',
      ['city_id', 'consultation_id'],
      'consultations',
      ['city_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint(
      'consultation_comments_status_check',
      sql`status in (${sql.join(COMMENT_STATUSES.map((status) => sql.lit(status)))})`,
    )
    .execute();
  await db.schema
    .createIndex('consultation_comments_consultation_idx')
    .on('consultation_comments')
    .columns(['city_id', 'consultation_id', 'status', 'created_at'])
    .execute();

  // row_id '' marks the whole answer; otherwise one row of a group answer.
  await db.schema
    .createTable('sensitive_answers')
    .addColumn('city_id', 'text', (col) => col.notNull())
    .addColumn('strategy_id', 'text', (col) => col.notNull())
    .addColumn('question_id', 'text', (col) => col.notNull())
    .addColumn('row_id', 'text', (col) => col.notNull())
    .addColumn('marked_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('marked_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('sensitive_answers_pkey', [
      'city_id',
      'strategy_id',
      'question_id',
      'row_id',
    ])
    .addForeignKeyConstraint(
      'sensitive_answers_strategy_fkey',
      ['city_id', 'strategy_id'],
      'strategies',
      ['city_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  // Keys are keyed hashes (HMAC) of the address, never the address itself.
  await db.schema
    .createTable('public_comment_throttles')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .addColumn('window_started_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('public_comment_throttles_window_idx')
    .on('public_comment_throttles')
    .column('window_started_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'public_comment_throttles',
    'sensitive_answers',
    'consultation_comments',
    'consultations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
