import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseEnv } from '../src/config.js';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'concord-config-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    parseEnv(env, '/srv/concord');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('needs nothing: SQLite in ./data, port 3000 on all interfaces', () => {
    const config = parseEnv({}, '/srv/concord');
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/srv/concord/data',
      database: { kind: 'sqlite', file: '/srv/concord/data/concord.db' },
      publicUrl: 'http://localhost:3000',
      logLevel: 'info',
      trustProxy: false,
      sessionCookie: { name: '__Host-concord_session', secure: true },
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = parseEnv({ DATABASE_URL: 'postgres://concord@db:5432/concord' }, '/srv');
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://concord@db:5432/concord',
    });
  });

  it('derives PUBLIC_URL from PORT and drops a trailing slash', () => {
    expect(parseEnv({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(parseEnv({ PUBLIC_URL: 'https://concord.example.org/' }).publicUrl).toBe(
      'https://concord.example.org',
    );
  });

  it('uses a plain cookie on a non-local plain-http address', () => {
    expect(parseEnv({ PUBLIC_URL: 'http://10.0.0.5:3000' }).sessionCookie).toEqual({
      name: 'concord_session',
      secure: false,
    });
    expect(parseEnv({ PUBLIC_URL: 'https://concord.example.org' }).sessionCookie.secure).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(parseEnv({ PORT: '', DATABASE_URL: ' ' }).port).toBe(3000);
  });

  it('lists every problem at once, each naming its variable', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/db',
      PUBLIC_URL: 'concord.example.org/app',
      LOG_LEVEL: 'loud',
      SESSION_SECRET: 'short',
      TRUST_PROXY: 'maybe',
    });
    expect(problems).toHaveLength(6);
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT must be a whole number from 1 to 65535',
        expect.stringMatching(/^DATABASE_URL must be a PostgreSQL URL/),
        expect.stringMatching(/^PUBLIC_URL must be an http\(s\) address without a path/),
        expect.stringMatching(/^LOG_LEVEL must be one of fatal, error/),
        expect.stringMatching(/^SESSION_SECRET must be at least 32 characters/),
        'TRUST_PROXY must be true or false',
      ]),
    );
  });

  it('the error message lists the problems for the operator', () => {
    expect(() => parseEnv({ PORT: '70000' })).toThrow(
      /Concord cannot start.*\n\s+- PORT must be from 1 to 65535/,
    );
  });

  it('creates a session secret in DATA_DIR on first start and reuses it', () => {
    const dataDir = tempDir();
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = path.join(dataDir, 'session-secret');
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, 'utf8')).toBe(first.sessionSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(first.sessionSecret);
  });

  it('prefers SESSION_SECRET from the environment', () => {
    const secret = 's'.repeat(40);
    expect(loadConfig({ DATA_DIR: tempDir(), SESSION_SECRET: secret }).sessionSecret).toBe(secret);
  });
});
