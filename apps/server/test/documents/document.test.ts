import { evaluate } from '@concord/domain';
import { buildHandoverBrief, buildStrategyDocument } from '@concord/domain/document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentSource } from '../../src/modules/content/content-catalog.js';
import { contentFor } from '../export/export-fixture.js';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import {
  answerScenario,
  createDocumentsApp,
  createTeam,
  fieldPaths,
  strategyUrl,
  writeChapter,
} from './documents-fixture.js';

const CONTENT_SENSITIVE = 'Cross-party support; presented with the community safety plan.';
const MARKED_QUESTION = 'strategy:framework:q:misuse-safeguards-notes';
const MARKED_TEXT = 'Annual review by the council ombudsperson.';

describe.each(DIALECTS)('the document model (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createDocumentsApp(dialect, { content: createContentSource() });
  });
  afterAll(async () => {
    await t.close();
  });

  async function documentOf(team: Awaited<ReturnType<typeof createTeam>>, query = '') {
    const response = await t.request('GET', strategyUrl(team, `/document${query}`), {
      cookie: team.cookies.viewer,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().document;
  }

  it('is exactly the model the domain builds from the stored answers and narrative', async () => {
    const team = await createTeam(t);
    await answerScenario(t, team, 'S1');
    await writeChapter(t, team, 'context', '## Why\n\nBecause <script>alert(1)</script> we care.');
    const served = await documentOf(team, '?locale=fr');

    const content = await contentFor('fr');
    const stored = await t.request('GET', strategyUrl(team, '/answers'), {
      cookie: team.cookies.viewer,
    });
    const answers = {
      contentVersion: content.version,
      values: Object.fromEntries(
        Object.entries(stored.json().answers as Record<string, { value: never }>).map(
          ([id, answer]) => [id, answer.value],
        ),
      ),
    };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
      new Date(served.meta.generatedAt),
    );
    const sources = {
      content,
      answers,
      evaluation: evaluate(content, answers, { today }),
      acceptedRisks: [],
      city: { name: 'Testville', country: 'FR', languages: ['fr', 'en'] },
      strategy: {
        title: 'Strategy 2025-2028',
        startYear: 2025,
        endYear: 2028,
        versionLabel: 'Version de travail',
        status: 'draft' as const,
      },
      locale: 'fr',
      audience: 'council' as const,
      today,
    };
    const narrative = { context: '## Why\n\nBecause <script>alert(1)</script> we care.' };
    expect(served).toEqual(
      buildStrategyDocument({ ...sources, narrative, generatedAt: served.meta.generatedAt }),
    );
    expect(JSON.stringify(served)).toContain('Because <script>alert(1)</script> we care.');

    const brief = await documentOf(team, '?locale=fr&kind=handover-brief');
    expect(brief).toEqual(buildHandoverBrief({ ...sources, generatedAt: brief.meta.generatedAt }));
  });

  it('in Arabic reads right to left; defaults to the reader language', async () => {
    const team = await createTeam(t);
    await answerScenario(t, team, 'S4');
    const arabic = await documentOf(team, '?locale=ar');
    expect(arabic.meta).toMatchObject({ locale: 'ar', direction: 'rtl', language: 'ar-SA' });
    const english = await documentOf(team);
    expect(english.meta).toMatchObject({ locale: 'en', direction: 'ltr' });
  });

  it('for the public, leaves out what the content and the coordinator mark sensitive', async () => {
    const team = await createTeam(t);
    await answerScenario(t, team, 'S1');
    const marked = await t.request(
      'PUT',
      strategyUrl(team, `/sensitive-answers/${encodeURIComponent(MARKED_QUESTION)}`),
      { cookie: team.cookies.coordinator, body: { whole: true, rowIds: [] } },
    );
    expect(marked.statusCode, marked.body).toBe(200);

    const council = JSON.stringify(await documentOf(team));
    expect(council).toContain(CONTENT_SENSITIVE);
    expect(council).toContain(MARKED_TEXT);
    const publicDocument = await documentOf(team, '?audience=public');
    expect(publicDocument.meta.audience).toBe('public');
    const text = JSON.stringify(publicDocument);
    expect(text).not.toContain(CONTENT_SENSITIVE);
    expect(text).not.toContain(MARKED_TEXT);
    const publicFindings = publicDocument.chapters.find(
      (c: { key: string }) => c.key === 'findings',
    );
    const councilFindings = JSON.parse(council).chapters.find(
      (c: { key: string }) => c.key === 'findings',
    );
    expect(publicFindings).toEqual(councilFindings);
  });

  it('of a version shows its snapshot, label and status, not what changed since', async () => {
    const team = await createTeam(t);
    await writeChapter(t, team, 'annex', 'Text of version one.');
    const created = await t.request('POST', strategyUrl(team, '/versions'), {
      cookie: team.cookies.coordinator,
      body: { label: 'Version for review' },
    });
    const versionId = created.json().version.id;
    await writeChapter(t, team, 'annex', 'Text written later.');

    const ofVersion = JSON.stringify(await documentOf(team, `?versionId=${versionId}`));
    expect(ofVersion).toContain('Text of version one.');
    expect(ofVersion).toContain('Version for review');
    const live = JSON.stringify(await documentOf(team));
    expect(live).toContain('Text written later.');
    expect(live).toContain('Working draft');

    const other = await createTeam(t);
    const foreign = await t.request('GET', strategyUrl(other, `/document?versionId=${versionId}`), {
      cookie: other.cookies.viewer,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses unknown query values with their paths', async () => {
    const team = await createTeam(t);
    const response = await t.request(
      'GET',
      strategyUrl(team, '/document?locale=de&audience=everyone&kind=poster&extra=1'),
      { cookie: team.cookies.viewer },
    );
    expect(response.statusCode).toBe(400);
    expect(fieldPaths(response).sort()).toEqual([
      'query.audience',
      'query.extra',
      'query.kind',
      'query.locale',
    ]);
  });
});
