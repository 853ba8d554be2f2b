import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ContentCatalog,
  createContentSource,
} from '../../src/modules/content/content-catalog.js';
import { computeChecksum } from '../../src/modules/imports/portable-format.js';
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

type Team = Awaited<ReturnType<typeof createTeam>>;
type PortableFile = Record<string, unknown> & {
  answers: Record<string, unknown>;
  strategy: Record<string, unknown>;
};

const RISK = 'strategy:rule:FUN-05';
const MARKED = 'strategy:framework:q:misuse-safeguards-notes';
const LEADERSHIP = 'strategy:awareness:q:leadership-briefed';

/** The file with a fresh checksum: what a careful forger (or an older Concord) would produce. */
function resealed(file: Record<string, unknown>): string {
  return JSON.stringify({
    ...file,
    checksum: { algorithm: 'sha256', value: computeChecksum(file) },
  });
}

describe.each(DIALECTS)('portable export and import (%s)', (dialect) => {
  let t: TestApp;
  let catalog: ContentCatalog;
  let source: Team;
  let target: Team;
  let exported: string;
  beforeAll(async () => {
    const content = createContentSource();
    catalog = await content.get();
    t = await createDocumentsApp(dialect, { content });
    source = await createTeam(t);
    target = await createTeam(t);
    await answerScenario(t, source, 'S1');
    await writeChapter(t, source, 'context', 'Why the city acts, in its own words.');
    const calls = [
      t.request('PUT', strategyUrl(source, `/accepted-risks/${encodeURIComponent(RISK)}`), {
        cookie: source.cookies.coordinator,
        body: { justification: 'Donor grants carry the first two years of work.' },
      }),
      t.request('PUT', strategyUrl(source, `/sensitive-answers/${encodeURIComponent(MARKED)}`), {
        cookie: source.cookies.coordinator,
        body: { whole: true, rowIds: [] },
      }),
    ];
    for (const call of calls) expect((await call).statusCode).toBe(200);
    const version = await t.request('POST', strategyUrl(source, '/versions'), {
      cookie: source.cookies.coordinator,
      body: { label: 'Draft for review' },
    });
    const versionId = version.json().version.id;
    await t.request('POST', strategyUrl(source, `/versions/${versionId}/transition`), {
      cookie: source.cookies.coordinator,
      body: { to: 'in-review' },
    });
    await t.request('POST', strategyUrl(source, `/versions/${versionId}/comments`), {
      cookie: source.cookies.editor,
      body: { sectionId: 'context', text: 'Name the neighbourhoods.' },
    });
    const response = await t.request('GET', strategyUrl(source, '/export.json'), {
      cookie: source.cookies.viewer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    exported = response.body;
  });
  afterAll(async () => {
    await t.close();
  });

  function importFile(team: Team, file: string, cookie = team.cookies.coordinator) {
    return t.request('POST', `/api/v1/cities/${team.cityId}/strategies/import`, {
      cookie,
      body: { file },
    });
  }

  async function findings(team: Pick<Team, 'cityId' | 'strategyId'>, cookie: string) {
    const response = await t.request('GET', strategyUrl(team, '/evaluation?locale=en'), {
      cookie,
    });
    expect(response.statusCode).toBe(200);
    const { evaluation, acceptedRisks } = response.json();
    return {
      findings: evaluation.findings,
      scores: evaluation.scores,
      completeness: evaluation.completeness,
      accepted: acceptedRisks.map((r: { ruleId: string; justification: string }) => [
        r.ruleId,
        r.justification,
      ]),
    };
  }

  it('export -> import into another city -> evaluate gives identical findings', async () => {
    const imported = await importFile(target, exported);
    expect(imported.statusCode, imported.body).toBe(201);
    const strategy = imported.json().strategy;
    expect(strategy).toMatchObject({
      title: 'Strategy 2025-2028',
      startYear: 2025,
      endYear: 2028,
      contentVersion: catalog.version,
      status: 'active',
    });
    const copy = { cityId: target.cityId, strategyId: strategy.id };
    const before = await findings(source, source.cookies.viewer);
    expect(before.findings.length).toBeGreaterThan(3);
    expect(await findings(copy, target.cookies.viewer)).toEqual(before);

    const narrative = await t.request('GET', strategyUrl(copy, '/narrative'), {
      cookie: target.cookies.viewer,
    });
    expect(narrative.json().chapters.context.text).toBe('Why the city acts, in its own words.');
    const marks = await t.request('GET', strategyUrl(copy, '/sensitive-answers'), {
      cookie: target.cookies.viewer,
    });
    expect(marks.json().marks).toEqual([{ questionId: MARKED, whole: true, rowIds: [] }]);
    const versions = await t.request('GET', strategyUrl(copy, '/versions'), {
      cookie: target.cookies.viewer,
    });
    expect(versions.json().versions).toMatchObject([
      { number: 1, label: 'Draft for review', status: 'in-review', createdBy: null },
    ]);
    const comments = await t.request(
      'GET',
      strategyUrl(copy, `/versions/${versions.json().versions[0].id}/comments`),
      { cookie: target.cookies.viewer },
    );
    expect(comments.json().comments).toMatchObject([
      {
        sectionId: 'context',
        text: 'Name the neighbourhoods.',
        author: { userId: null, name: 'The editor' },
      },
    ]);
    const audit = await t.request(
      'GET',
      `/api/v1/cities/${target.cityId}/audit?action=strategy.import`,
      { cookie: target.cookies.coordinator },
    );
    expect(audit.json().entries[0]).toMatchObject({
      entityId: strategy.id,
      actor: { userId: target.people.coordinator.id },
      after: { title: 'Strategy 2025-2028', versions: 1 },
    });

    // And back again: exporting the copy and importing it gives the same findings once more.
    const again = await t.request('GET', strategyUrl(copy, '/export.json'), {
      cookie: target.cookies.viewer,
    });
    const roundTrip = await importFile(source, again.body);
    expect(roundTrip.statusCode).toBe(201);
    const back = { cityId: source.cityId, strategyId: roundTrip.json().strategy.id };
    expect(await findings(back, source.cookies.viewer)).toEqual(before);
  });

  it('brings answers from an older content version up to date', async () => {
    const file = JSON.parse(exported) as PortableFile;
    const { [LEADERSHIP]: _leadership, ...answers } = file.answers;
    const older = {
      ...file,
      contentVersion: 0,
      versions: [],
      answers: { ...answers, 'strategy:awareness:q:briefed': ['political-leadership'] },
    };
    const imported = await importFile(target, resealed(older));
    expect(imported.statusCode, imported.body).toBe(201);
    const stored = await t.request(
      'GET',
      strategyUrl({ cityId: target.cityId, strategyId: imported.json().strategy.id }, '/answers'),
      { cookie: target.cookies.viewer },
    );
    expect(stored.json().answers[LEADERSHIP].value).toBe('yes');
    expect(stored.json().answers).not.toHaveProperty('strategy:awareness:q:briefed');
  });

  async function cityState(team: Team) {
    const { db } = t.database;
    const count = async (table: 'strategies' | 'answers' | 'audit_log' | 'strategy_versions') =>
      (await db.selectFrom(table).select('city_id').where('city_id', '=', team.cityId).execute())
        .length;
    return {
      strategies: await count('strategies'),
      answers: await count('answers'),
      versions: await count('strategy_versions'),
      audit: await count('audit_log'),
    };
  }

  it('refuses what is not a Concord export, a newer one or a damaged one, changing nothing', async () => {
    const file = JSON.parse(exported) as PortableFile;
    const someQuestion = Object.keys(file.answers)[0] ?? '';
    const cases: [string, string, RegExp][] = [
      [
        'a Word file',
        'PK\u0003\u0004 word/document.xml',
        /is not a Concord strategy export.*not a JSON file/,
      ],
      ['half a file', exported.slice(0, exported.length / 2), /not a JSON file/],
      [
        'other JSON',
        JSON.stringify({ hello: 'world' }),
        /^This file is not a Concord strategy export\./,
      ],
      ['a JSON list', '[1,2,3]', /^This file is not a Concord strategy export\./],
      [
        'a newer file format',
        resealed({ ...file, formatVersion: 2 }),
        /newer version of Concord \(file format 2; this install reads format 1\)/,
      ],
      [
        'newer guide content',
        resealed({ ...file, contentVersion: catalog.version + 1 }),
        new RegExp(`version ${catalog.version + 1} of the guide content`),
      ],
      [
        'an edited answer',
        JSON.stringify({ ...file, answers: { ...file.answers, [someQuestion]: 'edited' } }),
        /damaged or was changed after it was exported: its checksum does not match/,
      ],
      [
        'nesting too deep to read',
        `{"format":"concord-strategy","formatVersion":1,"checksum":{"value":"0"},"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
        /checksum does not match/,
      ],
      [
        'a missing checksum',
        JSON.stringify({ ...file, checksum: undefined }),
        /checksum does not match/,
      ],
    ];
    const before = await cityState(target);
    for (const [what, text, message] of cases) {
      const response = await importFile(target, text);
      expect(response.statusCode, what).toBe(400);
      expect(response.json().error.code, what).toBe('import_invalid');
      expect(response.json().error.message, what).toMatch(message);
    }
    expect(await cityState(target)).toEqual(before);
  });

  it('names the place in the file of every problem, and imports none of it', async () => {
    const file = JSON.parse(exported) as PortableFile;
    const before = await cityState(target);
    const wrongShape = await importFile(
      target,
      resealed({ ...file, strategy: { ...file.strategy, startYear: 1900 }, extra: true }),
    );
    expect(wrongShape.json().error.code).toBe('import_invalid');
    expect(fieldPaths(wrongShape).sort()).toEqual(['file.extra', 'file.strategy.startYear']);

    const badAnswers = await importFile(
      target,
      resealed({
        ...file,
        answers: {
          ...file.answers,
          'strategy:nowhere:q:invented': 'yes',
          [LEADERSHIP]: 'perhaps',
        },
        acceptedRisks: [
          {
            ruleId: 'strategy:rule:NOPE',
            justification: 'x',
            acceptedBy: null,
            acceptedAt: '2026-01-01',
          },
        ],
      }),
    );
    expect(badAnswers.statusCode).toBe(400);
    expect(badAnswers.json().error).toMatchObject({
      code: 'import_invalid',
      message: 'Some of the content of this file cannot be used here, so nothing was imported.',
    });
    expect(fieldPaths(badAnswers).sort()).toEqual([
      'file.acceptedRisks.0.ruleId',
      `file.answers.${LEADERSHIP}`,
      'file.answers.strategy:nowhere:q:invented',
    ]);
    expect(await cityState(target)).toEqual(before);
  });

  it('only city admins and coordinators import; the body needs the file text', async () => {
    for (const role of ['editor', 'contributor', 'viewer'] as const) {
      const response = await importFile(target, exported, target.cookies[role]);
      expect(response.statusCode, role).toBe(403);
    }
    const noFile = await t.request('POST', `/api/v1/cities/${target.cityId}/strategies/import`, {
      cookie: target.cookies.coordinator,
      body: { title: '' },
    });
    expect(noFile.statusCode).toBe(400);
    expect(fieldPaths(noFile).sort()).toEqual(['body.file', 'body.title']);
    const titled = await t.request('POST', `/api/v1/cities/${target.cityId}/strategies/import`, {
      cookie: target.cookies.coordinator,
      body: { file: exported, title: 'Imported from Riverside' },
    });
    expect(titled.json().strategy.title).toBe('Imported from Riverside');
  });
});
