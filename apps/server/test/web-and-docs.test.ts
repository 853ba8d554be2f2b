import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from './test-app.js';

describe('OpenAPI and API docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await t.request('GET', '/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const spec = response.json();
    expect(spec.openapi).toBe('3.1.0');
    const signIn = spec.paths['/api/v1/auth/sign-in'].post;
    const bodySchema = signIn.requestBody.content['application/json'].schema;
    expect(bodySchema).toMatchObject({
      type: 'object',
      required: ['email', 'password'],
      additionalProperties: false,
    });
    expect(
      signIn.responses['200'].content['application/json'].schema.properties.user.properties,
    ).toHaveProperty('isNetworkAdmin');
    const createCity = spec.paths['/api/v1/cities'].post;
    expect(
      createCity.requestBody.content['application/json'].schema.properties.name.maxLength,
    ).toBe(200);
    expect(
      spec.paths['/api/v1/cities/{cityId}/members/{userId}'].patch.parameters.map(
        (p: { name: string }) => p.name,
      ),
    ).toEqual(['cityId', 'userId']);
    expect(spec.paths).not.toHaveProperty('/api/openapi.json');
  });

  it('serves Swagger UI with a policy relaxed only for its inline styles', async () => {
    const response = await t.request('GET', '/api/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('the web app', () => {
  it('says how to build it when apps/web/dist is missing', async () => {
    const t = await createTestApp('sqlite');
    try {
      const response = await t.request('GET', '/cities/123', { headers: { accept: 'text/html' } });
      expect(response.statusCode).toBe(503);
      expect(response.body).toContain('npm run build');
    } finally {
      await t.close();
    }
  });

  describe('when built', () => {
    let t: TestApp;
    beforeAll(async () => {
      const dist = path.join(await makeTempDist(), 'dist');
      t = await createTestApp('sqlite', { env: { WEB_DIST_DIR: dist } });
    });
    afterAll(async () => {
      await t.close();
    });

    it('serves index.html for the root and for client-side routes, not cached', async () => {
      for (const url of ['/', '/cities/abc/members', '/join/some-token']) {
        const response = await t.request('GET', url, {
          headers: { accept: 'text/html,application/xhtml+xml' },
        });
        expect(response.statusCode).toBe(200);
        expect(response.body).toContain('<div id="root">');
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      }
    });

    it('serves hashed assets with a long cache', async () => {
      const response = await t.request('GET', '/assets/app-1a2b3c.js');
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe('console.log("app");');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it('answers a missing asset with 404, not the page', async () => {
      const response = await t.request('GET', '/assets/missing.js', { headers: { accept: '*/*' } });
      expect(response.statusCode).toBe(404);
      const image = await t.request('GET', '/logo.png', { headers: { accept: 'image/png' } });
      expect(image.statusCode).toBe(404);
    });

    it('never answers API paths with the page', async () => {
      const response = await t.request('GET', '/api/v1/unknown', {
        headers: { accept: 'text/html' },
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    });

    it('does not serve files outside the build folder', async () => {
      const response = await t.request('GET', '/../secret.txt', { headers: { accept: '*/*' } });
      expect(response.body).not.toContain('top secret');
      const encoded = await t.request('GET', '/%2e%2e/secret.txt', { headers: { accept: '*/*' } });
      expect(encoded.body).not.toContain('top secret');
    });
  });
});

async function makeTempDist(): Promise<string> {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const root = mkdtempSync(path.join(tmpdir(), 'concord-web-'));
  mkdirSync(path.join(root, 'dist', 'assets'), { recursive: true });
  writeFileSync(
    path.join(root, 'dist', 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(root, 'dist', 'assets', 'app-1a2b3c.js'), 'console.log("app");');
  writeFileSync(path.join(root, 'secret.txt'), 'top secret');
  return root;
}
