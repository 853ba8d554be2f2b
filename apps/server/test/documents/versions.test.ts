import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentSource } from '../../src/modules/content/content-catalog.js';
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

const SHARED = 'strategy:awareness:q:shared-with-city';
const RISK = 'strategy:rule:FUN-05';
const DECISION = {
  body: 'City council',
  number: 'Motion 2026/114',
  date: '2026-03-31',
  reference: 'Minutes of the council meeting of 31 March 2026, item 7',
};

describe.each(DIALECTS)('versions and approval (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createDocumentsApp(dialect, { content: createContentSource() });
  });
  afterAll(async () => {
    await t.close();
  });

  async function snapshot(team: Team, label: string) {
    const response = await t.request('POST', strategyUrl(team, '/versions'), {
      cookie: team.cookies.coordinator,
      body: { label },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().version as { id: string; number: number; status: string };
  }

  function move(team: Team, versionId: string, body: Record<string, unknown>, cookie?: string) {
    return t.request('POST', strategyUrl(team, `/versions/${versionId}/transition`), {
      cookie: cookie ?? team.cookies.coordinator,
      body,
    });
  }

  async function approve(team: Team, versionId: string) {
    for (const to of ['in-review', 'submitted']) {
      expect((await move(team, versionId, { to })).statusCode).toBe(200);
    }
    const approved = await move(team, versionId, {
      to: 'approved',
      decision: DECISION,
      comment: 'Adopted unanimously.',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    return approved.json().version;
  }

  it('snapshots the answers, narrative and findings, numbered in order', async () => {
    const team = await createTeam(t);
    await answerScenario(t, team, 'S1');
    await writeChapter(t, team, 'context', 'Our reasons.');
    const first = await snapshot(team, 'First draft');
    await writeChapter(t, team, 'context', 'Our reasons, rewritten.');
    const second = await snapshot(team, 'Second draft');
    expect([first.number, second.number]).toEqual([1, 2]);

    const list = await t.request('GET', strategyUrl(team, '/versions'), {
      cookie: team.cookies.viewer,
    });
    expect(list.json().versions.map((v: { label: string }) => v.label)).toEqual([
      'Second draft',
      'First draft',
    ]);
    expect(list.json()).toMatchObject({
      lock: null,
      can: { manage: false, comment: false, export: true },
    });
    expect(list.json().versions[1]).toMatchObject({
      status: 'draft',
      createdBy: { userId: team.people.coordinator.id, name: 'The coordinator' },
      decision: null,
    });

    const detail = await t.request('GET', strategyUrl(team, `/versions/${first.id}`), {
      cookie: team.cookies.viewer,
    });
    const evaluation = await t.request('GET', strategyUrl(team, '/evaluation'), {
      cookie: team.cookies.viewer,
    });
    const { snapshot: frozen } = detail.json();
    expect(frozen.narrative).toEqual({ context: 'Our reasons.' });
    expect(frozen.answers[SHARED]).toBeDefined();
    expect(frozen.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
      evaluation.json().evaluation.findings.map((f: { ruleId: string }) => f.ruleId),
    );
  });

  it('compares two versions, or a version and the current strategy, side by side', async () => {
    const team = await createTeam(t);
    await answerScenario(t, team, 'S1');
    await writeChapter(t, team, 'context', 'Before.');
    const v1 = await snapshot(team, 'One');
    const answers = await t.request('GET', strategyUrl(team, '/answers'), {
      cookie: team.cookies.editor,
    });
    const shared = answers.json().answers[SHARED];
    const newValue = shared.value === 'yes' ? 'no' : 'yes';
    await t.request('PUT', strategyUrl(team, `/answers/${encodeURIComponent(SHARED)}`), {
      cookie: team.cookies.editor,
      body: { value: newValue, baseRevision: shared.revision },
    });
    await writeChapter(t, team, 'context', 'After.');
    await writeChapter(t, team, 'annex', 'New annex.');
    const v2 = await snapshot(team, 'Two');

    for (const b of [v2.id, 'current']) {
      const compared = await t.request(
        'GET',
        strategyUrl(team, `/versions/compare?a=${v1.id}&b=${b}`),
        { cookie: team.cookies.viewer },
      );
      expect(compared.statusCode, compared.body).toBe(200);
      const body = compared.json();
      expect(body.a).toEqual({ id: v1.id, label: 'One' });
      const changed = body.answers.filter((a: { changed: boolean }) => a.changed);
      expect(changed).toEqual([
        {
          questionId: SHARED,
          sectionId: 'strategy:awareness',
          before: shared.value,
          after: newValue,
          changed: true,
        },
      ]);
      expect(body.answers.length).toBeGreaterThan(20);
      expect(body.narrative).toEqual([
        { chapterKey: 'context', before: 'Before.', after: 'After.', changed: true },
        { chapterKey: 'annex', before: null, after: 'New annex.', changed: true },
      ]);
    }
    const unknown = await t.request(
      'GET',
      strategyUrl(team, `/versions/compare?a=${v1.id}&b=no-such-version`),
      { cookie: team.cookies.viewer },
    );
    expect(unknown.statusCode).toBe(404);
    const missing = await t.request('GET', strategyUrl(team, `/versions/compare?a=${v1.id}`), {
      cookie: team.cookies.viewer,
    });
    expect(missing.statusCode).toBe(400);
    expect(fieldPaths(missing)).toEqual(['query.b']);
  });

  it('runs draft -> in review (comments per section) -> submitted -> approved, recording the decision', async () => {
    const team = await createTeam(t);
    await answerScenario(t, team, 'S1');
    const version = await snapshot(team, 'For the council');

    const early = await t.request('POST', strategyUrl(team, `/versions/${version.id}/comments`), {
      cookie: team.cookies.contributor,
      body: { sectionId: 'framework', text: 'Too early to comment?' },
    });
    expect(early.statusCode).toBe(409);

    const inReview = await move(team, version.id, { to: 'in-review' });
    expect(inReview.json().version).toMatchObject({ status: 'in-review', decision: null });
    for (const [role, sectionId, text] of [
      ['contributor', 'framework', 'Please define polarisation in plain words.'],
      ['editor', 'strategy:funding', 'The donor grant ends in 2026: say what replaces it.'],
    ] as const) {
      const comment = await t.request(
        'POST',
        strategyUrl(team, `/versions/${version.id}/comments`),
        { cookie: team.cookies[role], body: { sectionId, text } },
      );
      expect(comment.statusCode, comment.body).toBe(201);
      expect(comment.json().comment).toMatchObject({
        sectionId,
        text,
        author: { userId: team.people[role].id, name: `The ${role}` },
      });
    }
    const viewerComment = await t.request(
      'POST',
      strategyUrl(team, `/versions/${version.id}/comments`),
      { cookie: team.cookies.viewer, body: { sectionId: 'framework', text: 'Viewer here.' } },
    );
    expect(viewerComment.statusCode).toBe(403);
    const badSection = await t.request(
      'POST',
      strategyUrl(team, `/versions/${version.id}/comments`),
      { cookie: team.cookies.editor, body: { sectionId: 'preface', text: '' } },
    );
    expect(badSection.statusCode).toBe(400);
    expect(fieldPaths(badSection).sort()).toEqual(['body.text']);
    const unknownSection = await t.request(
      'POST',
      strategyUrl(team, `/versions/${version.id}/comments`),
      { cookie: team.cookies.editor, body: { sectionId: 'preface', text: 'Hello' } },
    );
    expect(fieldPaths(unknownSection)).toEqual(['body.sectionId']);

    const comments = await t.request(
      'GET',
      strategyUrl(team, `/versions/${version.id}/comments?sectionId=framework`),
      { cookie: team.cookies.viewer },
    );
    expect(comments.json().comments.map((c: { text: string }) => c.text)).toEqual([
      'Please define polarisation in plain words.',
    ]);

    const skip = await move(team, version.id, { to: 'approved', decision: DECISION });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({
      code: 'conflict',
      message: 'A version that is in-review can move to: draft, submitted.',
      status: 'in-review',
      allowed: ['draft', 'submitted'],
    });
    const decisionTooEarly = await move(team, version.id, { to: 'submitted', decision: DECISION });
    expect(fieldPaths(decisionTooEarly)).toEqual(['body.decision']);
    const byEditor = await move(team, version.id, { to: 'submitted' }, team.cookies.editor);
    expect(byEditor.statusCode).toBe(403);
    expect((await move(team, version.id, { to: 'submitted' })).statusCode).toBe(200);

    const noDecision = await move(team, version.id, { to: 'approved' });
    expect(noDecision.statusCode).toBe(400);
    expect(fieldPaths(noDecision)).toEqual(['body.decision']);
    const badDecision = await move(team, version.id, {
      to: 'approved',
      decision: { body: '', date: '31/03/2026' },
    });
    expect(fieldPaths(badDecision).sort()).toEqual(['body.decision.body', 'body.decision.date']);

    const approved = await move(team, version.id, {
      to: 'approved',
      decision: DECISION,
      comment: 'Adopted unanimously.',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().version).toMatchObject({
      status: 'approved',
      decision: DECISION,
      statusNote: 'Adopted unanimously.',
      statusChangedBy: { userId: team.people.coordinator.id },
    });

    const audit = await t.request(
      'GET',
      `/api/v1/cities/${team.cityId}/audit?strategyId=${team.strategyId}&action=version.transition`,
      { cookie: team.cookies.coordinator },
    );
    expect(
      audit
        .json()
        .entries.map((e: { before: { status: string }; after: { status: string } }) => [
          e.before.status,
          e.after.status,
        ]),
    ).toEqual([
      ['submitted', 'approved'],
      ['in-review', 'submitted'],
      ['draft', 'in-review'],
    ]);
    expect(audit.json().entries[0].after.decision).toEqual(DECISION);
    const commentAudit = await t.request(
      'GET',
      `/api/v1/cities/${team.cityId}/audit?strategyId=${team.strategyId}&action=version.comment`,
      { cookie: team.cookies.coordinator },
    );
    expect(commentAudit.json().entries).toHaveLength(2);
  });

  it('a returned version is final; the city snapshots again', async () => {
    const team = await createTeam(t);
    const version = await snapshot(team, 'First try');
    await move(team, version.id, { to: 'in-review' });
    await move(team, version.id, { to: 'submitted' });
    const returned = await move(team, version.id, {
      to: 'returned',
      comment: 'The council wants a budget line for 2027.',
    });
    expect(returned.json().version).toMatchObject({
      status: 'returned',
      statusNote: 'The council wants a budget line for 2027.',
    });
    const again = await move(team, version.id, { to: 'draft' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'A version that is returned cannot move any more. Take a new snapshot instead.',
    );
    expect((await snapshot(team, 'Second try')).number).toBe(2);
  });

  it('an approved version locks the strategy: every change gets 409 locked with a clear message', async () => {
    const team = await createTeam(t);
    await answerScenario(t, team, 'S1');
    await writeChapter(t, team, 'context', 'Approved text.');
    const other = await snapshot(team, 'Older draft');
    const version = await snapshot(team, 'Council version');
    await move(team, other.id, { to: 'in-review' });
    await approve(team, version.id);

    const answers = await t.request('GET', strategyUrl(team, '/answers'), {
      cookie: team.cookies.coordinator,
    });
    const shared = answers.json().answers[SHARED];
    const attempts = [
      t.request('PUT', strategyUrl(team, `/answers/${encodeURIComponent(SHARED)}`), {
        cookie: team.cookies.editor,
        body: { value: shared.value === 'yes' ? 'no' : 'yes', baseRevision: shared.revision },
      }),
      t.request(
        'PUT',
        strategyUrl(team, `/sections/${encodeURIComponent('strategy:awareness')}/answers`),
        {
          cookie: team.cookies.editor,
          body: { answers: { [SHARED]: { value: 'unknown', baseRevision: shared.revision } } },
        },
      ),
      t.request(
        'DELETE',
        strategyUrl(team, `/answers/${encodeURIComponent(SHARED)}?baseRevision=${shared.revision}`),
        {
          cookie: team.cookies.editor,
        },
      ),
      t.request('PUT', strategyUrl(team, `/accepted-risks/${encodeURIComponent(RISK)}`), {
        cookie: team.cookies.coordinator,
        body: { justification: 'Accepting after approval should not work.' },
      }),
      t.request('PUT', strategyUrl(team, '/narrative/context'), {
        cookie: team.cookies.editor,
        body: { text: 'Changed after approval.', baseRevision: 1 },
      }),
      t.request('POST', strategyUrl(team, '/versions'), {
        cookie: team.cookies.coordinator,
        body: { label: 'After approval' },
      }),
      t.request('POST', strategyUrl(team, `/versions/${other.id}/transition`), {
        cookie: team.cookies.coordinator,
        body: { to: 'submitted' },
      }),
      t.request('POST', strategyUrl(team, `/versions/${other.id}/comments`), {
        cookie: team.cookies.editor,
        body: { sectionId: 'context', text: 'Too late.' },
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().error).toMatchObject({
        code: 'locked',
        message: expect.stringMatching(
          /^Version 2 \("Council version"\) was approved on \d{4}-\d\d-\d\d, so this strategy can no longer be changed\. Start a new cycle from that version to keep working\.$/,
        ),
        lock: { versionId: version.id, number: 2, label: 'Council version' },
      });
    }
    const after = await t.request('GET', strategyUrl(team, '/answers'), {
      cookie: team.cookies.coordinator,
    });
    expect(after.json().answers[SHARED]).toEqual(shared);

    const detail = await t.request('GET', strategyUrl(team), { cookie: team.cookies.editor });
    expect(detail.json().lock).toMatchObject({ versionId: version.id, label: 'Council version' });
    expect(detail.json().can).toMatchObject({ edit: false, editAllSections: false });
    expect(detail.json().sections.every((s: { canEdit: boolean }) => !s.canEdit)).toBe(true);
    const narrative = await t.request('GET', strategyUrl(team, '/narrative'), {
      cookie: team.cookies.editor,
    });
    expect(narrative.json()).toMatchObject({ canEdit: false, lock: { versionId: version.id } });
    const list = await t.request('GET', strategyUrl(team, '/versions'), {
      cookie: team.cookies.coordinator,
    });
    expect(list.json().can).toEqual({ manage: false, comment: false, export: true });
  });

  it('starts a new cycle from the approved version, open for editing', async () => {
    const team = await createTeam(t);
    await answerScenario(t, team, 'S1');
    await writeChapter(t, team, 'governance', 'The lead sits in the mayor\u2019s office.');
    const draft = await snapshot(team, 'Not approved');
    const refused = await t.request('POST', strategyUrl(team, `/versions/${draft.id}/new-cycle`), {
      cookie: team.cookies.coordinator,
    });
    expect(refused.statusCode, refused.body).toBe(409);
    const version = await snapshot(team, 'Approved');
    await approve(team, version.id);

    const byEditor = await t.request(
      'POST',
      strategyUrl(team, `/versions/${version.id}/new-cycle`),
      {
        cookie: team.cookies.editor,
      },
    );
    expect(byEditor.statusCode).toBe(403);
    const badYears = await t.request(
      'POST',
      strategyUrl(team, `/versions/${version.id}/new-cycle`),
      { cookie: team.cookies.coordinator, body: { startYear: 2031, endYear: 2030 } },
    );
    expect(fieldPaths(badYears)).toEqual(['body.endYear']);

    const created = await t.request(
      'POST',
      strategyUrl(team, `/versions/${version.id}/new-cycle`),
      { cookie: team.cookies.coordinator },
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().strategy).toMatchObject({
      title: 'Strategy 2025-2028 (2029–2032)',
      startYear: 2029,
      endYear: 2032,
      status: 'active',
      revision: 1,
    });
    const next = { cityId: team.cityId, strategyId: created.json().strategy.id };
    const readAnswers = (s: { cityId: string; strategyId: string }) =>
      t.request('GET', strategyUrl(s, '/answers'), { cookie: team.cookies.viewer });
    const oldAnswers = await readAnswers(team);
    const newAnswers = await readAnswers(next);
    const values = (r: typeof oldAnswers) =>
      Object.fromEntries(
        Object.entries(r.json().answers as Record<string, { value: unknown }>).map(([k, a]) => [
          k,
          a.value,
        ]),
      );
    expect(values(newAnswers)).toEqual(values(oldAnswers));
    const narrative = await t.request('GET', strategyUrl(next, '/narrative'), {
      cookie: team.cookies.viewer,
    });
    expect(narrative.json().chapters.governance.text).toBe(
      'The lead sits in the mayor\u2019s office.',
    );
    const edit = await t.request(
      'PUT',
      strategyUrl(next, `/answers/${encodeURIComponent(SHARED)}`),
      {
        cookie: team.cookies.editor,
        body: { value: 'unknown', baseRevision: 1 },
      },
    );
    expect(edit.statusCode).toBe(200);
    const audit = await t.request(
      'GET',
      `/api/v1/cities/${team.cityId}/audit?action=strategy.new-cycle`,
      { cookie: team.cookies.coordinator },
    );
    expect(audit.json().entries[0]).toMatchObject({
      strategyId: next.strategyId,
      after: { fromStrategyId: team.strategyId, fromVersionId: version.id },
    });
  });

  it('refuses bad input with paths', async () => {
    const team = await createTeam(t);
    const version = await snapshot(team, 'V');
    const cases: [string, string, unknown, string[]][] = [
      ['POST', '/versions', { label: '' }, ['body.label']],
      ['POST', '/versions', { label: 'x'.repeat(101) }, ['body.label']],
      ['POST', '/versions', {}, ['body.label']],
      ['POST', `/versions/${version.id}/transition`, { to: 'published' }, ['body.to']],
      [
        'POST',
        `/versions/${version.id}/transition`,
        { to: 'in-review', comment: 'x'.repeat(2001) },
        ['body.comment'],
      ],
      ['POST', `/versions/${version.id}/comments`, { sectionId: 'context' }, ['body.text']],
    ];
    for (const [method, path, body, paths] of cases) {
      const response = await t.request(method as 'POST', strategyUrl(team, path), {
        cookie: team.cookies.coordinator,
        body,
      });
      expect(response.statusCode, `${path} ${JSON.stringify(body).slice(0, 60)}`).toBe(400);
      expect(fieldPaths(response)).toEqual(paths);
    }
  });
});
