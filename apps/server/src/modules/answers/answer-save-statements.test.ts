import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { Database } from '../../db/tables.js';
import { AppError } from '../../errors/app-error.js';
import type { CityActor } from '../cities/city-access.js';
import { type ContentCatalog, createContentSource } from '../content/content-catalog.js';
import { createStrategy } from '../strategies/strategies.service.js';
import { saveAnswer } from './answers.service.js';

// The answer save is the busiest write (autosave). What it costs is mostly statements and the
// commit's fsync, so the statements it runs are pinned here: one read before the transaction
// (strategy, lock and stored answer together), then exactly one commit.

const USER_ID = 'user-1';
const CITY_ID = 'city-1';
const QUESTION = 'strategy:framework:q:existing-framework-ref';

let dataDir: string;
let db: Kysely<Database>;
let catalog: ContentCatalog;
let strategyId: string;
let statements: string[] | null = null;

const actor: CityActor = {
  userId: USER_ID,
  isNetworkAdmin: false,
  sessionId: 'session-1',
  user: { id: USER_ID, email: 'ana@example.org', name: 'Ana', locale: 'en', isNetworkAdmin: false },
  city: { cityId: CITY_ID, actorRole: 'coordinator' },
};

/** The statements one call runs, each named by its first word (select, begin, update...). */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  statements = seen;
  try {
    await run();
  } finally {
    statements = null;
  }
  return seen.map((text) => text.trim().split(/\s+/)[0]?.toLowerCase() ?? '');
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'concord-save-'));
  db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: openSqlite(path.join(dataDir, 'concord.db')) }),
    log: (event) => {
      statements?.push(event.query.sql);
    },
  });
  await migrateToLatest(db);
  const now = new Date().toISOString();
  await db
    .insertInto('users')
    .values({
      id: USER_ID,
      email: 'ana@example.org',
      name: 'Ana',
      password_hash: 'not-a-hash',
      locale: 'en',
      is_network_admin: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('cities')
    .values({
      id: CITY_ID,
      name: 'Testville',
      country: 'FR',
      languages: JSON.stringify(['en']),
      time_zone: 'Europe/Paris',
      created_at: now,
      updated_at: now,
    })
    .execute();
  catalog = await createContentSource().get();
  const strategy = await createStrategy(
    { title: 'Plan', startYear: 2026, endYear: 2029 },
    actor,
    db,
    catalog,
  );
  strategyId = strategy.id;
});

afterAll(async () => {
  await db?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('answer save statements', () => {
  it('the first save: one read, then insert and audit row under one commit', async () => {
    const ran = await statementsOf(() =>
      saveAnswer(
        { strategyId, questionId: QUESTION, value: 'first', baseRevision: 0 },
        actor,
        db,
        catalog,
      ),
    );
    expect(ran).toEqual(['select', 'begin', 'insert', 'insert', 'commit']);
  });

  it('a later save: one read, then the revision-checked update and audit row under one commit', async () => {
    const ran = await statementsOf(() =>
      saveAnswer(
        { strategyId, questionId: QUESTION, value: 'second', baseRevision: 1 },
        actor,
        db,
        catalog,
      ),
    );
    expect(ran).toEqual(['select', 'begin', 'update', 'insert', 'commit']);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity_id', '=', QUESTION)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'answer.save', before: '"first"', after: '"second"' });
  });

  it('a stale save writes nothing and reports the stored value', async () => {
    let refused: unknown;
    const ran = await statementsOf(() =>
      saveAnswer(
        { strategyId, questionId: QUESTION, value: 'late', baseRevision: 1 },
        actor,
        db,
        catalog,
      ).catch((error: unknown) => {
        refused = error;
      }),
    );
    expect(ran).toEqual(['select', 'begin', 'rollback']);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('conflict');
    expect((refused as AppError).details).toMatchObject({
      questionId: QUESTION,
      current: { value: 'second', revision: 2 },
      yours: 'late',
    });
  });
});
