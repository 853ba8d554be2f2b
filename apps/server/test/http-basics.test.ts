import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { AppError } from '../src/errors/app-error.js';
import { DIALECTS } from './test-database.js';
import { TEST_PASSWORD, type TestApp, createTestApp } from './test-app.js';

describe.each(DIALECTS)('HTTP behaviour shared by every route (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('a body over 1 MB is refused with 413 payload_too_large', async () => {
    const response = await t.request('POST', '/api/v1/auth/sign-in', {
      body: JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('malformed JSON is 400 invalid_json', async () => {
    const response = await t.request('POST', '/api/v1/auth/sign-in', { body: '{"email": ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  it('a prototype-polluting body is refused', async () => {
    const response = await t.request('POST', '/api/v1/auth/sign-in', {
      body: '{"email":"a@example.org","password":"x","__proto__":{"isAdmin":true}}',
    });
    expect(response.statusCode).toBe(400);
  });

  it('a missing body where one is needed is a 400 naming the body', async () => {
    const response = await t.request('POST', '/api/v1/auth/sign-in', {
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'body', message: 'Must be an object.' }]);
  });

  it('a city id holding a NUL character is 404 on every database, never a 500', async () => {
    const admin = await t.createUser();
    const cityId = await t.createCity({ members: [{ user: admin, role: 'city-admin' }] });
    const cookie = await t.cookieFor(admin);
    for (const url of [
      '/api/v1/cities/%00',
      `/api/v1/cities/${cityId}%00`,
      `/api/v1/cities/${cityId}%00/members`,
      `/api/v1/cities/${cityId}%00/strategies`,
    ]) {
      const response = await t.request('GET', url, { cookie });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it('a text holding a NUL character is a 400 naming the field, never a failed insert', async () => {
    const user = await t.createUser();
    const response = await t.request('PATCH', '/api/v1/me', {
      cookie: await t.cookieFor(user),
      body: { name: 'Ama\u0000ni' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: 'body.name', message: 'Text may not contain a null character.' },
    ]);
  });

  it('every error carries the request id', async () => {
    const response = await t.request('GET', '/api/v1/me', {
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(response.json()).toEqual({
      error: { code: 'unauthenticated', message: 'Sign in to continue.' },
      requestId: 'trace-42',
    });
  });

  it('unknown API paths are a JSON 404', async () => {
    const response = await t.request('GET', '/api/v1/no-such-thing', {
      headers: { accept: 'text/html' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.json().error.code).toBe('not_found');
  });

  it('sends a strict Content-Security-Policy and other protective headers', async () => {
    const response = await t.request('GET', '/healthz');
    const csp = response.headers['content-security-policy'];
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('API answers, errors included, are never cached; the app shell keeps its own policy', async () => {
    const user = await t.createUser();
    const cookie = await t.cookieFor(user);
    for (const url of ['/api/v1/me', '/api/v1/cities/no-such-city', '/api/v1/no-such-route']) {
      const response = await t.request('GET', url, { cookie });
      expect(response.headers['cache-control'], url).toBe('no-store');
      expect(response.headers['x-request-id'], url).toBeTruthy();
      expect(response.headers['x-frame-options'], url).toBe('DENY');
    }
    const health = await t.request('GET', '/healthz');
    expect(health.headers['cache-control']).toBeUndefined();
  });

  describe('cross-site request forgery guard', () => {
    it('refuses a write from another origin', async () => {
      const user = await t.createUser();
      const response = await t.request('POST', '/api/v1/auth/sign-in', {
        headers: { origin: 'https://evil.example' },
        body: { email: user.email, password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('csrf_rejected');
    });

    it('refuses a form-encoded write even from our own origin', async () => {
      const response = await t.request('POST', '/api/v1/auth/sign-in', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'email=a%40example.org&password=x',
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('csrf_rejected');
    });

    it('refuses a cross-site browser request that hides its origin', async () => {
      const cookie = await t.cookieFor(await t.createUser());
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-out',
        headers: { cookie, 'sec-fetch-site': 'cross-site' },
      });
      expect(response.statusCode).toBe(403);
    });

    it('accepts a JSON client without Origin (scripts, command line)', async () => {
      const user = await t.createUser();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
      });
      expect(response.statusCode).toBe(200);
    });

    it('accepts the same host under another name than PUBLIC_URL', async () => {
      const user = await t.createUser();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: {
          'content-type': 'application/json',
          origin: 'http://127.0.0.1:3000',
          host: '127.0.0.1:3000',
        },
        payload: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
      });
      expect(response.statusCode).toBe(200);
    });

    it('reads are not affected', async () => {
      const response = await t.request('GET', '/healthz', {
        headers: { origin: 'https://evil.example' },
      });
      expect(response.statusCode).toBe(200);
    });
  });
});

describe('request log', () => {
  it('writes one line per request, with method, path, status and time', async () => {
    const t = await createTestApp('sqlite');
    try {
      const lines: Record<string, unknown>[] = [];
      const app = await buildApp(t.config, {
        db: t.database.db,
        logger: {
          level: 'info',
          stream: { write: (line: string) => lines.push(JSON.parse(line)) },
        },
      });
      await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'log-1' } });
      await app.inject({ method: 'GET', url: '/api/v1/me', headers: { 'x-request-id': 'log-2' } });
      const secret = 'inv0123456789abcdefSECRET';
      await app.inject({ method: 'GET', url: `/api/v1/invitations/${secret}` });
      await app.inject({ method: 'GET', url: `/join/${secret}?from=mail` });
      const all = lines.map((line) => JSON.stringify(line)).join('\n');
      expect(all).not.toContain(secret);
      expect(all).toContain('/api/v1/invitations/[hidden]');
      expect(all).toContain('/join/[hidden]?from=mail');
      const requestLines = lines.filter((line) => line.reqId === 'log-1' || line.reqId === 'log-2');
      expect(requestLines).toEqual([
        expect.objectContaining({
          reqId: 'log-1',
          method: 'GET',
          url: '/healthz',
          statusCode: 200,
          responseTime: expect.any(Number),
          msg: 'request completed',
        }),
        expect.objectContaining({
          reqId: 'log-2',
          method: 'GET',
          url: '/api/v1/me',
          statusCode: 401,
          msg: 'request completed',
        }),
      ]);
      await app.close();
    } finally {
      await t.close();
    }
  });
});

describe('internal errors', () => {
  it('a 500 never shows its message, but is logged with the request id', async () => {
    const t = await createTestApp('sqlite');
    try {
      // Routes added only in this test stand in for any unexpected failure.
      const logs: string[] = [];
      const boomApp = await buildApp(t.config, {
        db: t.database.db,
        logger: { level: 'error', stream: { write: (line: string) => logs.push(line) } },
      });
      boomApp.get('/api/v1/test-boom', async () => {
        throw new Error('SELECT secret FROM passwords failed at /srv/concord');
      });
      boomApp.get('/api/v1/test-domain-error', async () => {
        throw new AppError('conflict', 'Someone changed this a moment ago.');
      });
      const boom = await boomApp.inject({
        method: 'GET',
        url: '/api/v1/test-boom',
        headers: { 'x-request-id': 'boom-1' },
      });
      expect(boom.statusCode).toBe(500);
      expect(boom.json()).toEqual({
        error: { code: 'internal', message: 'Something went wrong on our side.' },
        requestId: 'boom-1',
      });
      expect(boom.body).not.toContain('secret');
      expect(logs.join('\n')).toContain('SELECT secret FROM passwords');
      expect(logs.join('\n')).toContain('boom-1');

      const domain = await boomApp.inject({ method: 'GET', url: '/api/v1/test-domain-error' });
      expect(domain.statusCode).toBe(409);
      expect(domain.json().error.message).toBe('Someone changed this a moment ago.');
      await boomApp.close();
    } finally {
      await t.close();
    }
  });
});
