import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type pg from 'pg';
import type { DatabaseTarget } from '../config.js';
import { withNamedStatements } from './pg-named-statements.js';
import type { Database } from './tables.js';

export type Db = Kysely<Database>;
export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  /** The underlying better-sqlite3 connection (backups), when on SQLite. */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL only: schema to use (isolates parallel test files). */
  searchPath?: string;
  /** PostgreSQL only: pool size. */
  maxConnections?: number;
}

const PG_INT8 = 20;

/**
 * The PostgreSQL client is loaded only when PostgreSQL is configured: an install on SQLite never
 * needs it, and loading it costs about 80 ms of start-up (`npm run bench`, cold_start).
 */
function loadPg(): typeof pg {
  return createRequire(import.meta.url)('pg') as typeof pg;
}

/**
 * Opens SQLite with the durability settings the product promises: WAL for concurrent reads,
 * synchronous=FULL so an acknowledged write survives a power cut, enforced foreign keys, and a
 * busy timeout so a second process (CLI backup) waits instead of failing.
 */
export function openSqlite(file: string): SQLite.Database {
  mkdirSync(path.dirname(file), { recursive: true });
  const connection = new SQLite(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  return connection;
}

/** Distinct SQL texts kept prepared; Kysely's queries vary only by the length of `in` lists. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; on a signed-in read (session, role, data) preparing costs
 * about a fifth of the server's CPU time (bench/run.mjs, cpu_us_per_request). Statements are
 * kept by SQL text instead. Safe because Kysely runs one query at a time on this connection.
 */
function withStatementCache(connection: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => connection.close(),
    prepare(text: string): SQLite.Statement {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = connection.prepare(text);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

export function openDatabase(
  target: DatabaseTarget,
  options: OpenDatabaseOptions = {},
): DatabaseHandle {
  if (target.kind === 'sqlite') {
    const connection = openSqlite(target.file);
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(connection) }),
    });
    return { db, dialect: 'sqlite', sqlite: connection, close: () => db.destroy() };
  }
  const pg = loadPg();
  const pool = new pg.Pool({
    connectionString: target.url,
    max: options.maxConnections ?? 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    // COUNT(*) is bigint in PostgreSQL; our counts are small, so read them as numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === PG_INT8
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: withNamedStatements(pool) }),
  });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
