import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kysely, type Migration, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../src/db/database.js';
import type { Database } from '../src/db/tables.js';
import { listPendingMigrations } from '../src/db/migrate.js';
import { runConcordCli } from './support/cli.js';
import { addCityWithAdmin, makeDataDir, prepareInstall } from './support/install.js';
import { type ServerProcess, findFreePort, startServerProcess } from './support/server-process.js';
import { dumpSqlite, integrityOf } from './support/sqlite-dump.js';
import { HOOK_TIMEOUT_MS } from './support/timeouts.js';

const MIGRATIONS_DIR = new URL('../src/db/migrations/', import.meta.url);
const running: ServerProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
}, HOOK_TIMEOUT_MS);

async function startOn(dataDir: string, port: number): Promise<ServerProcess> {
  const server = await startServerProcess({ port, env: { DATA_DIR: dataDir } });
  running.push(server);
  return server;
}

/** Invitations written as fast as the server takes them, until `stop()`. */
function writeLoad(url: string, cityId: string, cookie: string) {
  let going = true;
  let acknowledged = 0;
  const loop = async (writer: number) => {
    for (let n = 0; going; n += 1) {
      const response = await fetch(`${url}/api/v1/cities/${cityId}/invitations`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', origin: url },
        body: JSON.stringify({ email: `backup-${writer}-${n}@example.org`, role: 'viewer' }),
      });
      await response.arrayBuffer();
      if (response.status === 201) acknowledged += 1;
    }
  };
  const loops = [loop(0), loop(1), loop(2)];
  return {
    acknowledged: () => acknowledged,
    async stop() {
      going = false;
      await Promise.all(loops);
    },
  };
}

describe('backup and restore', () => {
  it('backs up under write load, restores, and the restored database is the backup, intact', async () => {
    const dataDir = makeDataDir('backup');
    const port = await findFreePort();
    const url = `http://127.0.0.1:${port}`;
    const install = await prepareInstall(
      { kind: 'sqlite', file: path.join(dataDir, 'concord.db') },
      url,
    );
    const server = await startOn(dataDir, port);
    const load = writeLoad(url, install.cityId, install.cookie);
    while (load.acknowledged() < 50) await new Promise((resolve) => setTimeout(resolve, 10));

    const backupFile = path.join(dataDir, 'backups', 'under-load.db');
    const backup = await runConcordCli(['backup', backupFile], { DATA_DIR: dataDir });
    expect(backup.output).toContain('integrity ok');
    expect(backup.code).toBe(0);
    while (load.acknowledged() < 150) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(integrityOf(backupFile)).toBe('ok');
    const backedUp = dumpSqlite(backupFile);
    expect(backedUp.filter((row) => row.startsWith('invitations ')).length).toBeGreaterThanOrEqual(
      50,
    );

    const refused = await runConcordCli(['restore', backupFile], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/running/i);
    await load.stop();
    await server.stop();

    // Into the same install: later writes are replaced by the backup, the old file kept aside.
    const restored = await runConcordCli(['restore', backupFile], { DATA_DIR: dataDir });
    expect(restored.code).toBe(0);
    expect(restored.output).toContain('integrity ok');
    expect(integrityOf(path.join(dataDir, 'concord.db'))).toBe('ok');
    expect(dumpSqlite(path.join(dataDir, 'concord.db'))).toEqual(backedUp);
    expect(readdirSync(dataDir).some((name) => name.startsWith('concord.db.before-restore-'))).toBe(
      true,
    );

    // Into a fresh install, and the server serves it.
    const freshDir = makeDataDir('restore');
    expect((await runConcordCli(['restore', backupFile], { DATA_DIR: freshDir })).code).toBe(0);
    expect(dumpSqlite(path.join(freshDir, 'concord.db'))).toEqual(backedUp);
    const second = await startOn(freshDir, await findFreePort());
    const city = await fetch(`${second.url}/api/v1/cities/${install.cityId}`, {
      headers: { cookie: install.cookie },
    });
    expect(city.status).toBe(200);
    await second.stop();
  });

  it('refuses a file that is not a sound Concord database', async () => {
    const dataDir = makeDataDir('bad-backup');
    const junk = path.join(dataDir, 'junk.db');
    writeFileSync(junk, 'SQLite format 3\u0000 but not really');
    const result = await runConcordCli(['restore', junk], { DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(existsSync(path.join(dataDir, 'concord.db'))).toBe(false);
  });

  it('restores a backup made before the latest migrations and migrates it', async () => {
    const migrationFiles = readdirSync(MIGRATIONS_DIR)
      .filter((name) => /\.ts$/.test(name))
      .sort();
    const [first, ...later] = migrationFiles;
    if (!first || later.length === 0)
      throw new Error('needs at least two migrations to test an older schema');

    // An install as the first release left it: only the first migration applied, with data.
    const oldDir = makeDataDir('old-schema');
    const oldFile = path.join(oldDir, 'concord.db');
    const connection = openSqlite(oldFile);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
    const firstName = first.replace(/\.ts$/, '');
    const migration = (await import(
      pathToFileURL(path.join(MIGRATIONS_DIR.pathname, first)).href
    )) as Migration;
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => ({ [firstName]: migration }) },
    });
    const { error } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();
    const port = await findFreePort();
    const install = await addCityWithAdmin(
      { db, dialect: 'sqlite', close: () => db.destroy() },
      `http://127.0.0.1:${port}`,
    );
    connection.pragma('wal_checkpoint(TRUNCATE)');
    await db.destroy();

    const targetDir = makeDataDir('migrate-on-restore');
    const restored = await runConcordCli(['restore', oldFile], { DATA_DIR: targetDir });
    expect(restored.code).toBe(0);
    for (const name of later) expect(restored.output).toContain(name.replace(/\.ts$/, ''));

    const target = path.join(targetDir, 'concord.db');
    expect(integrityOf(target)).toBe('ok');
    const check = openSqlite(target);
    const checkDb = new Kysely<Database>({ dialect: new SqliteDialect({ database: check }) });
    expect(await listPendingMigrations(checkDb)).toEqual([]);
    await checkDb.destroy();

    const server = await startOn(targetDir, port);
    const response = await fetch(`${server.url}/api/v1/cities/${install.cityId}`, {
      headers: { cookie: install.cookie },
    });
    expect(response.status).toBe(200);
    await server.stop();
  });
});
