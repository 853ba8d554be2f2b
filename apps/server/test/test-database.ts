import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, type DialectName, openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';

/**
 * The dialects every database-backed test runs on: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set (e.g. postgres://postgres@127.0.0.1:5432/test).
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
export const DIALECTS: DialectName[] = TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends DatabaseHandle {
  /** The temp directory (SQLite) or schema (PostgreSQL) that isolates this database. */
  location: string;
  dataDir: string;
  /** Closes the connection and deletes the database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database isolated from every other test file: its own temp directory on
 * SQLite, its own schema on PostgreSQL, so files can run in parallel.
 */
export async function createTestDatabase(
  dialect: DialectName,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'concord-test-'));
  let handle: DatabaseHandle;
  let location: string;
  let dropLocation: () => Promise<void>;

  if (dialect === 'sqlite') {
    location = path.join(dataDir, 'concord.db');
    handle = openDatabase({ kind: 'sqlite', file: location });
    dropLocation = async () => undefined;
  } else {
    if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
    const url = TEST_DATABASE_URL;
    location = `test_${randomBytes(6).toString('hex')}`;
    await runAdminQuery(url, `create schema ${location}`);
    handle = openDatabase({ kind: 'postgres', url }, { searchPath: location, maxConnections: 4 });
    dropLocation = () => runAdminQuery(url, `drop schema if exists ${location} cascade`);
  }

  if (options.migrate !== false) await migrateToLatest(handle.db);

  return {
    ...handle,
    location,
    dataDir,
    async dispose() {
      await handle.close();
      await dropLocation();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function runAdminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
