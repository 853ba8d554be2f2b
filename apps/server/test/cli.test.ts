import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/cli/demo-data.js';
import type { CliOutput } from '../src/cli/output.js';
import { runCli } from '../src/cli/run-cli.js';
import { openDatabase } from '../src/db/database.js';
import { createArgon2Hasher } from '../src/modules/auth/password-hasher.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setUp() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'concord-cli-'));
  dirs.push(dataDir);
  const lines: string[] = [];
  const errors: string[] = [];
  const output: CliOutput = {
    info: (text) => lines.push(text),
    error: (text) => errors.push(text),
  };
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  const run = (...argv: string[]) => runCli(argv, { output, env });
  const dbFile = path.join(dataDir, 'concord.db');
  async function query<T>(
    work: (db: ReturnType<typeof openDatabase>['db']) => Promise<T>,
  ): Promise<T> {
    const handle = openDatabase({ kind: 'sqlite', file: dbFile });
    try {
      return await work(handle.db);
    } finally {
      await handle.close();
    }
  }
  return { dataDir, dbFile, lines, errors, run, query };
}

describe('concord command line', () => {
  it('migrate applies the migrations once', async () => {
    const { run, lines } = setUp();
    expect(await run('migrate')).toBe(0);
    expect(lines.at(-1)).toBe(
      'Applied: 2026-11-28-01-core, 2026-11-28-02-workspace, 2026-11-29-01-participation, 2026-11-30-01-documents',
    );
    expect(await run('migrate')).toBe(0);
    expect(lines.at(-1)).toBe('The database is up to date.');
  });

  it('create-admin creates a network admin who can sign in', async () => {
    const { run, query, lines } = setUp();
    expect(
      await run(
        'create-admin',
        '--email',
        'Ops@Example.org',
        '--password',
        'a long admin password',
        '--name',
        'Ops',
      ),
    ).toBe(0);
    expect(lines.at(-1)).toBe('Network admin ops@example.org created.');
    const row = await query((db) =>
      db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'ops@example.org')
        .executeTakeFirstOrThrow(),
    );
    expect(row.is_network_admin).toBe(1);
    expect(row.name).toBe('Ops');
    expect(await createArgon2Hasher().verify(row.password_hash, 'a long admin password')).toBe(
      true,
    );
  });

  it('create-admin on an existing account grants the flag and resets the password', async () => {
    const { run, query } = setUp();
    await run('seed-demo');
    expect(
      await run(
        'create-admin',
        '--email',
        'youth@demo.concord.test',
        '--password',
        'a brand new password',
      ),
    ).toBe(0);
    const row = await query((db) =>
      db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'youth@demo.concord.test')
        .executeTakeFirstOrThrow(),
    );
    expect(row.is_network_admin).toBe(1);
    expect(await createArgon2Hasher().verify(row.password_hash, 'a brand new password')).toBe(true);
  });

  it('create-admin explains bad or missing input', async () => {
    const { run, errors } = setUp();
    expect(await run('create-admin', '--email', 'not-an-email', '--password', 'short')).toBe(1);
    expect(errors.at(-1)).toContain('--email: Enter an email address');
    expect(errors.at(-1)).toContain('--password: Use at least 12 characters.');
    expect(await run('create-admin', '--email', 'x@example.org', '--bogus')).toBe(1);
    expect(errors.at(-1)).toContain("Unknown option '--bogus'");
  });

  it('seed-demo adds Riverside with its accounts once', async () => {
    const { run, query, lines } = setUp();
    expect(await run('seed-demo')).toBe(0);
    expect(lines.at(-1)).toContain('coordinator@demo.concord.test');
    expect(lines.at(-1)).toContain(DEMO_PASSWORD);
    expect(await run('seed-demo')).toBe(0);
    expect(lines.at(-1)).toBe('The demo data is already there.');
    const cities = await query((db) => db.selectFrom('cities').selectAll().execute());
    expect(
      cities.map((city) => [city.name, city.country, JSON.parse(city.languages), city.time_zone]),
    ).toEqual([['Riverside', 'CA', ['en', 'fr', 'ar'], 'America/Toronto']]);
    const users = await query((db) =>
      db.selectFrom('users').select(['email', 'is_network_admin']).orderBy('email').execute(),
    );
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(users.find((u) => u.email === 'admin@demo.concord.test')?.is_network_admin).toBe(1);
  });

  it('backup then restore brings the data back, keeps the replaced database, and checks integrity', async () => {
    const { run, query, dataDir, dbFile, lines } = setUp();
    await run('seed-demo');
    const backupFile = path.join(dataDir, 'saved', 'before.db');
    expect(await run('backup', backupFile)).toBe(0);
    expect(lines.at(-1)).toMatch(/^Backup written to .*before\.db \(\d+ KB, integrity ok\)\.$/);
    expect(await run('backup', backupFile)).toBe(1);

    await query((db) => db.updateTable('cities').set({ name: 'Changed after backup' }).execute());
    expect(await run('restore', backupFile)).toBe(0);
    expect(lines.some((line) => line.startsWith('The previous database was kept as'))).toBe(true);
    const names = await query((db) => db.selectFrom('cities').select('name').execute());
    expect(names).toEqual([{ name: 'Riverside' }]);
    expect(existsSync(dbFile)).toBe(true);
  });

  it('backup without a path writes into DATA_DIR/backups', async () => {
    const { run, dataDir, lines } = setUp();
    await run('migrate');
    expect(await run('backup')).toBe(0);
    expect(lines.at(-1)).toContain(path.join(dataDir, 'backups', 'concord-'));
  });

  it('restore refuses a file that is not a Concord database, and a running server', async () => {
    const { run, dataDir, errors } = setUp();
    await run('migrate');
    const junk = path.join(dataDir, 'junk.db');
    writeFileSync(junk, 'this is not a database');
    expect(await run('restore', junk)).toBe(1);
    expect(errors.at(-1)).toMatch(/^Refusing to restore/);

    const backupFile = path.join(dataDir, 'ok.db');
    await run('backup', backupFile);
    // The parent of this test process stands in for a running server.
    writeFileSync(path.join(dataDir, 'concord.pid'), String(process.ppid));
    expect(await run('restore', backupFile)).toBe(1);
    expect(errors.at(-1)).toMatch(/^Concord is running \(process \d+\)\. Stop it, then restore\.$/);
  });

  it('backup and restore explain that PostgreSQL uses its own tools', async () => {
    const { errors } = setUp();
    const output: CliOutput = { info: () => undefined, error: (text) => errors.push(text) };
    const env = { DATABASE_URL: 'postgres://localhost/concord', DATA_DIR: dirs[0] ?? tmpdir() };
    expect(await runCli(['backup'], { output, env })).toBe(1);
    expect(errors.at(-1)).toContain('pg_dump');
  });

  it('reports configuration problems instead of crashing', async () => {
    const errors: string[] = [];
    const output: CliOutput = { info: () => undefined, error: (text) => errors.push(text) };
    expect(await runCli(['migrate'], { output, env: { PORT: 'abc', LOG_LEVEL: 'loud' } })).toBe(1);
    expect(errors[0]).toContain('PORT must be a whole number');
    expect(errors[0]).toContain('LOG_LEVEL must be one of');
  });

  it('prints help, and refuses unknown commands', async () => {
    const { run, lines, errors } = setUp();
    expect(await run('help')).toBe(0);
    expect(lines.at(-1)).toContain('Usage: concord <command>');
    expect(await run('explode')).toBe(1);
    expect(errors.at(-1)).toContain('Unknown command "explode"');
  });
});
