import { evaluate } from '@concord/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ContentCatalog,
  createContentSource,
} from '../src/modules/content/content-catalog.js';
import { type TestApp, createTestApp } from './test-app.js';

const SOURCES = 'strategy:funding:q:sources';
const FRAMEWORKS = 'strategy:framework:q:frameworks';

describe('guide content and evaluation', () => {
  let t: TestApp;
  let catalog: ContentCatalog;
  let version: number;
  beforeAll(async () => {
    const content = createContentSource();
    catalog = await content.get();
    version = catalog.version;
    t = await createTestApp('sqlite', { content });
  });
  afterAll(async () => {
    await t.close();
  });

  const evaluateRequest = (body: unknown, query = '') =>
    t.request('POST', `/api/v1/evaluate${query}`, { body });

  describe('GET /api/v1/content/strategy', () => {
    it('serves the library in English with its version and no untranslated keys', async () => {
      const response = await t.request('GET', '/api/v1/content/strategy');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ locale: 'en', contentVersion: version, untranslated: [] });
      expect(body.content.sections.map((s: { id: string }) => s.id)).toContain('strategy:mandate');
    });

    it('serves French and Arabic translations of the same library', async () => {
      const en = (await t.request('GET', '/api/v1/content/strategy?locale=en')).json();
      for (const locale of ['fr', 'ar']) {
        const body = (await t.request('GET', `/api/v1/content/strategy?locale=${locale}`)).json();
        expect(body.locale).toBe(locale);
        expect(Array.isArray(body.untranslated)).toBe(true);
        expect(body.content.sections.map((s: { id: string }) => s.id)).toEqual(
          en.content.sections.map((s: { id: string }) => s.id),
        );
        expect(body.content.sections[0].title).not.toBe(en.content.sections[0].title);
      }
    });

    it('answers 304 when the client already has this version', async () => {
      const first = await t.request('GET', '/api/v1/content/strategy?locale=fr');
      const etag = String(first.headers.etag);
      const again = await t.request('GET', '/api/v1/content/strategy?locale=fr', {
        headers: { 'if-none-match': etag },
      });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    });

    it('refuses an unknown locale or parameter, naming it', async () => {
      const response = await t.request('GET', '/api/v1/content/strategy?locale=de&page=2');
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual(
        expect.arrayContaining([
          { path: 'query.locale', message: 'Choose one of: en, fr, ar.' },
          { path: 'query.page', message: 'This field is not allowed.' },
        ]),
      );
    });
  });

  describe('POST /api/v1/evaluate', () => {
    it('returns exactly what the shared engine derives: questions, progress, findings, scores', async () => {
      const answers = {
        contentVersion: version,
        values: {
          [FRAMEWORKS]: ['pcve'],
          'strategy:framework:q:under-counter-terrorism': 'yes',
          [SOURCES]: [
            { id: 'r1', sourceType: 'international-donor', amount: 50000, currency: 'EUR' },
          ],
        },
      };
      const response = await evaluateRequest({ answers, today: '2026-11-28' });
      expect(response.statusCode).toBe(200);
      const direct = evaluate(catalog.compiled.en, answers, { today: '2026-11-28' });
      expect(response.json()).toEqual({
        contentVersion: version,
        locale: 'en',
        questions: direct.applicable,
        completeness: direct.completeness,
        findings: JSON.parse(JSON.stringify(direct.findings)),
        scores: direct.scores,
      });
      expect(direct.findings.length).toBeGreaterThan(0);
    });

    it('explains findings in the requested language', async () => {
      const body = { answers: { contentVersion: version, values: {} }, today: '2026-11-28' };
      const en = (await evaluateRequest(body)).json();
      const fr = (await evaluateRequest(body, '?locale=fr')).json();
      expect(fr.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
        en.findings.map((f: { ruleId: string }) => f.ruleId),
      );
      expect(fr.findings[0].title).not.toBe(en.findings[0].title);
    });

    it('names unknown question ids and wrong values with their paths', async () => {
      const response = await evaluateRequest({
        answers: {
          contentVersion: version,
          values: {
            'strategy:nowhere:q:nothing': 'yes',
            [FRAMEWORKS]: ['pcve', 'astrology'],
            [SOURCES]: [{ id: 'r1', amount: 'lots' }],
          },
        },
      });
      expect(response.statusCode).toBe(400);
      const paths = response.json().error.fields.map((f: { path: string }) => f.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'body.answers.values.strategy:nowhere:q:nothing',
          `body.answers.values.${FRAMEWORKS}.1`,
          `body.answers.values.${SOURCES}.0.amount`,
        ]),
      );
    });

    it('refuses answers of another content version', async () => {
      const response = await evaluateRequest({
        answers: { contentVersion: version + 1, values: {} },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields[0].path).toBe('body.answers.contentVersion');
    });

    it('refuses a group with more rows than the content allows', async () => {
      const rows = Array.from({ length: 1001 }, (_, i) => ({
        id: `row-${i}`,
        sourceType: 'city-budget',
      }));
      const response = await evaluateRequest({
        answers: { contentVersion: version, values: { [SOURCES]: rows } },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual([
        {
          path: `body.answers.values.${SOURCES}`,
          message: expect.stringMatching(/^Use at most \d+ items\.$/),
        },
      ]);
    });

    it('refuses a missing or mistyped body, extra fields and a bad date', async () => {
      const missing = await evaluateRequest({});
      expect(missing.json().error.fields).toEqual([
        { path: 'body.answers', message: 'This field is required.' },
      ]);
      const wrong = await evaluateRequest({
        answers: 'everything is fine',
        today: '28/11/2026',
        extra: 1,
      });
      expect(wrong.json().error.fields).toEqual(
        expect.arrayContaining([
          { path: 'body.answers', message: 'Must be an object.' },
          { path: 'body.today', message: 'Use a calendar date like 2026-01-31.' },
          { path: 'body.extra', message: 'This field is not allowed.' },
        ]),
      );
    });

    it('never answers 5xx, whatever the body (generated)', async () => {
      const questionIds = [...catalog.compiled.en.questions.keys()];
      const value = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.array(
          fc.record({
            id: fc.string(),
            sourceType: fc.string(),
            amount: fc.jsonValue({ maxDepth: 1 }),
          }),
          { maxLength: 3 },
        ),
      );
      const values = fc.dictionary(fc.oneof(fc.constantFrom(...questionIds), fc.string()), value, {
        maxKeys: 6,
      });
      const body = fc.oneof(
        fc.record({
          answers: fc.record({ contentVersion: fc.constantFrom(version, 0, -1), values }),
        }),
        fc.record(
          {
            answers: fc.jsonValue({ maxDepth: 3 }),
            today: fc.oneof(
              fc.string(),
              fc.date().map((d) => d.toISOString().slice(0, 10)),
            ),
          },
          { requiredKeys: [] },
        ),
        fc.jsonValue({ maxDepth: 3 }),
      );
      await fc.assert(
        fc.asyncProperty(body, async (candidate) => {
          const response = await evaluateRequest(JSON.stringify(candidate));
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode >= 400) expect(response.json().error.message).toMatch(/\S/);
        }),
        { numRuns: 300 },
      );
    });
  });
});
