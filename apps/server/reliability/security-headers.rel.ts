import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type World, createWorld } from './support/world.js';
import { HOOK_TIMEOUT_MS } from './support/timeouts.js';

let world: World;

beforeAll(async () => {
  world = await createWorld();
}, HOOK_TIMEOUT_MS);

afterAll(async () => {
  await world?.close();
}, HOOK_TIMEOUT_MS);

// The browser protections docs/SECURITY.md claims (ASVS 5.0 V3.4, V4.1.1, V13.4.4), checked on
// a signed-in API answer, an error, the public consultation page and a health check alike.
describe('protective headers on every kind of answer', () => {
  const samples = () => {
    const { home } = world;
    return [
      {
        what: 'signed-in API read',
        method: 'GET',
        url: `/api/v1/cities/${home.cityId}/members`,
        cookie: home.adminCookie,
        type: 'application/json',
      },
      {
        what: 'API error',
        method: 'GET',
        url: '/api/v1/cities/not-a-city',
        cookie: home.adminCookie,
        type: 'application/json',
      },
      {
        what: 'public consultation page',
        method: 'GET',
        url: `/consult/${home.consultationSlug}`,
        cookie: undefined,
        type: 'text/html',
      },
      {
        what: 'health check',
        method: 'GET',
        url: '/healthz',
        cookie: undefined,
        type: 'application/json',
      },
    ] as const;
  };

  it('HSTS for a year with subdomains, nosniff, framing refused, a referrer policy, typed with a charset', async () => {
    for (const sample of samples()) {
      const response = await world.t.request(
        sample.method,
        sample.url,
        sample.cookie ? { cookie: sample.cookie } : {},
      );
      const headers = response.headers;
      const where = `${sample.what} (${response.statusCode})`;
      const hsts = /max-age=(\d+)/.exec(String(headers['strict-transport-security']))?.[1];
      expect(Number(hsts), where).toBeGreaterThanOrEqual(31_536_000);
      expect(String(headers['strict-transport-security']), where).toContain('includeSubDomains');
      expect(headers['x-content-type-options'], where).toBe('nosniff');
      expect(String(headers['content-security-policy']), where).toContain("frame-ancestors 'none'");
      expect(headers['referrer-policy'], where).toMatch(/^(no-referrer|same-origin)$/);
      expect(String(headers['content-type']), where).toMatch(
        new RegExp(`^${sample.type}; charset=utf-8`),
      );
      expect(headers['x-powered-by'], where).toBeUndefined();
      expect(headers['access-control-allow-origin'], where).toBeUndefined();
    }
  });

  it("the app's policy allows only its own scripts, and no plugins or base rewriting", async () => {
    const response = await world.t.request('GET', '/api/v1/me', { cookie: world.home.adminCookie });
    const csp = String(response.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('TRACE is not served', async () => {
    const response = await world.t.app.inject({ method: 'TRACE' as 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });
});
