import {
  Migrator,
  PostgresAdapter,
  sql,
  type Kysely,
  type Migration,
  type MigrationResult,
} from 'kysely';
import * as core from './migrations/2026-11-28-01-core.js';
import * as workspace from './migrations/2026-11-28-02-workspace.js';
import * as participation from './migrations/2026-11-29-01-participation.js';
import * as documents from './migrations/2026-11-30-01-documents.js';

/**
 * Every migration, listed statically so the built server needs no directory scanning.
 * Names sort by date; never rename or edit one that has shipped, add a new file instead.
 */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28-01-core': core,
  '2026-11-28-02-workspace': workspace,
  '2026-11-29-01-participation': participation,
  '2026-11-30-01-documents': documents,
};

/**
 * On PostgreSQL, the schema the connection works in (its search_path). Kysely looks for its
 * bookkeeping tables in every schema unless told one, so a database holding several Concord
 * schemas (parallel test runs, or installs sharing a server) would find another schema's tables.
 */
async function findCurrentSchema(db: Kysely<any>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
    db,
  );
  return rows[0]?.schema ?? undefined;
}

async function createMigrator(db: Kysely<any>): Promise<Migrator> {
  const schema = await findCurrentSchema(db);
  return new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** Applies every pending migration; returns the names applied in this run. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const { error, results } = await (await createMigrator(db)).migrateToLatest();
  if (error) {
    const failed = results?.find((result: MigrationResult) => result.status === 'Error');
    throw new MigrationError(
      `Database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations not yet applied (read-only: creates nothing). */
export async function listPendingMigrations(db: Kysely<any>): Promise<string[]> {
  const migrations = await (await createMigrator(db)).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
