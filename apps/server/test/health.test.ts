import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS } from './test-database.js';
import { type TestApp, createTestApp } from './test-app.js';

describe.each(DIALECTS)('health checks (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /healthz answers ok and echoes a request id', async () => {
    const response = await t.request('GET', '/healthz', {
      headers: { 'x-request-id': 'probe-123' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.headers['x-request-id']).toBe('probe-123');
  });

  it('replaces a request id that does not look like one', async () => {
    const response = await t.request('GET', '/healthz', {
      headers: { 'x-request-id': 'bad id\nforged' },
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /readyz is ready when the database is migrated', async () => {
    const response = await t.request('GET', '/readyz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready' });
  });

  it('GET /readyz is 503 not_ready while a migration is missing', async () => {
    await sql`delete from kysely_migration`.execute(t.database.db);
    const response = await t.request('GET', '/readyz');
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('not_ready');
  });
});

describe('readiness without a database', () => {
  it('GET /readyz is 503 when the database cannot be reached, /healthz still 200', async () => {
    const t = await createTestApp('sqlite');
    try {
      await t.database.close();
      const ready = await t.request('GET', '/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.json().error).toEqual({
        code: 'not_ready',
        message: 'The database cannot be reached.',
      });
      expect((await t.request('GET', '/healthz')).statusCode).toBe(200);
    } finally {
      await t.app.close();
      await t.database.dispose().catch(() => undefined);
    }
  });
});
