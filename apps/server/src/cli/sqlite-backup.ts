import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { openSqlite } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/tables.js';
import { CliError } from './output.js';

const REQUIRED_TABLES = ['cities', 'users', 'memberships', 'kysely_migration'];

function checkIntegrity(connection: SQLite.Database): string[] {
  const rows = connection.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check).filter((result) => result !== 'ok');
}

/** Opens a file read-only and checks it is a sound Concord database; returns its problems. */
export function inspectBackup(file: string): string[] {
  if (!existsSync(file)) return [`${file} does not exist`];
  let connection: SQLite.Database | undefined;
  try {
    connection = new SQLite(file, { readonly: true, fileMustExist: true });
    const problems = checkIntegrity(connection);
    const tables = new Set(
      (
        connection.prepare("select name from sqlite_master where type = 'table'").all() as {
          name: string;
        }[]
      ).map((row) => row.name),
    );
    const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
    if (missing.length > 0)
      problems.push(`not a Concord database (missing tables: ${missing.join(', ')})`);
    return problems;
  } catch (error) {
    return [`cannot read ${file}: ${(error as Error).message}`];
  } finally {
    connection?.close();
  }
}

/**
 * Copies the live database with SQLite's online backup API: a consistent snapshot even while
 * the server is writing, unlike copying the file (which can catch half a transaction).
 */
export async function backupSqlite(
  sourceFile: string,
  destination: string,
): Promise<{ bytes: number }> {
  if (!existsSync(sourceFile))
    throw new CliError(`No database at ${sourceFile}; nothing to back up.`);
  if (existsSync(destination))
    throw new CliError(`${destination} already exists; choose another path.`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const source = new SQLite(sourceFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(destination);
  } finally {
    source.close();
  }
  const problems = inspectBackup(destination);
  if (problems.length > 0)
    throw new CliError(`The backup failed its check: ${problems.join('; ')}`);
  return { bytes: statSync(destination).size };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of a server using this data directory, if one is running. */
export function findRunningServer(pidFile: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isProcessAlive(pid)
    ? pid
    : null;
}

export interface RestoreResult {
  previousCopy: string | null;
  migrationsApplied: string[];
}

/**
 * Replaces the database with a backup. The current database is kept next to it (renamed, never
 * deleted); the restored one is integrity-checked and migrated to the current version.
 */
export async function restoreSqlite({
  backupFile,
  targetFile,
  pidFile,
}: {
  backupFile: string;
  targetFile: string;
  pidFile: string;
}): Promise<RestoreResult> {
  const pid = findRunningServer(pidFile);
  if (pid !== null)
    throw new CliError(`Concord is running (process ${pid}). Stop it, then restore.`);
  const problems = inspectBackup(backupFile);
  if (problems.length > 0)
    throw new CliError(`Refusing to restore ${backupFile}: ${problems.join('; ')}`);

  let previousCopy: string | null = null;
  if (existsSync(targetFile)) {
    // Fold the write-ahead log into the main file so the kept copy is complete on its own.
    const current = new SQLite(targetFile);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    previousCopy = `${targetFile}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(targetFile, previousCopy);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${targetFile}${suffix}`, { force: true });
  mkdirSync(path.dirname(targetFile), { recursive: true });
  copyFileSync(backupFile, targetFile);

  const connection = openSqlite(targetFile);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  try {
    const afterCopy = checkIntegrity(connection);
    if (afterCopy.length > 0)
      throw new CliError(`The restored database failed its check: ${afterCopy.join('; ')}`);
    const migrationsApplied = await migrateToLatest(db);
    return { previousCopy, migrationsApplied };
  } finally {
    await db.destroy();
  }
}
