import { sql, type Kysely } from 'kysely';

// Frozen: this file must never import application code and must never change once released.
// The strategy workspace: strategies (cycles), answers, section assignments, accepted risks and
// the audit log. Every city-owned row carries city_id; child rows reference (city_id, strategy_id)
// together, so the database itself refuses a row whose city does not match its strategy's.

const STRATEGY_STATUSES = ['active', 'archived'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('strategies')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('city_id', 'text', (col) =>
      col.notNull().references('cities.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('start_year', 'integer', (col) => col.notNull())
    .addColumn('end_year', 'integer', (col) => col.notNull())
    .addColumn('content_version', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('strategies_city_id_id_key', ['city_id', 'id'])
    .addCheckConstraint(
      'strategies_status_check',
      sql`status in (${sql.join(STRATEGY_STATUSES.map((status) => sql.lit(status)))})`,
    )
    .addCheckConstraint('strategies_years_check', sql`end_year >= start_year`)
    .execute();

  await db.schema
    .createTable('answers')
    .addColumn('city_id', 'text', (col) => col.notNull())
    .addColumn('strategy_id', 'text', (col) => col.notNull())
    .addColumn('question_id', 'text', (col) => col.notNull())
    // JSON text; null once the answer has been cleared (the row keeps counting revisions).
    .addColumn('value', 'text')
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('answers_pkey', ['city_id', 'strategy_id', 'question_id'])
    .addForeignKeyConstraint(
      'answers_strategy_fkey',
      ['city_id', 'strategy_id'],
      'strategies',
      ['city_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('answers_revision_check', sql`revision >= 1`)
    .execute();

  await db.schema
    .createTable('section_assignments')
    .addColumn('city_id', 'text', (col) => col.notNull())
    .addColumn('strategy_id', 'text', (col) => col.notNull())
    .addColumn('section_id', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('assigned_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('assigned_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('section_assignments_pkey', [
      'city_id',
      'strategy_id',
      'section_id',
      'user_id',
    ])
    .addForeignKeyConstraint(
      'section_assignments_strategy_fkey',
      ['city_id', 'strategy_id'],
      'strategies',
      ['city_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('accepted_risks')
    .addColumn('city_id', 'text', (col) => col.notNull())
    .addColumn('strategy_id', 'text', (col) => col.notNull())
    .addColumn('rule_id', 'text', (col) => col.notNull())
    .addColumn('justification', 'text', (col) => col.notNull())
    .addColumn('accepted_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('accepted_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('accepted_risks_pkey', ['city_id', 'strategy_id', 'rule_id'])
    .addForeignKeyConstraint(
      'accepted_risks_strategy_fkey',
      ['city_id', 'strategy_id'],
      'strategies',
      ['city_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  // Append-only. No foreign key to strategies or users: the history outlives what it describes.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('city_id', 'text', (col) =>
      col.notNull().references('cities.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('entity_type', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('strategy_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_city_id_at_idx')
    .on('audit_log')
    .columns(['city_id', 'at', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_log_city_id_strategy_id_at_idx')
    .on('audit_log')
    .columns(['city_id', 'strategy_id', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log',
    'accepted_risks',
    'section_assignments',
    'answers',
    'strategies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
