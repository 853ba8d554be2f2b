import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, seedDemo } from '../../src/cli/demo-data.js';
import { DEMO_ACCEPTED_RISKS, DEMO_STRATEGY_VALUES } from '../../src/cli/demo-strategy.js';
import { TEST_ARGON2_COST, createArgon2Hasher } from '../../src/modules/auth/password-hasher.js';
import { validateAnswerValues } from '../../src/modules/answers/answer-validation.js';
import type { ContentCatalog } from '../../src/modules/content/content-catalog.js';
import type { TestApp, TestUser } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import { createWorkspaceApp } from './workspace-fixture.js';

describe.each(DIALECTS)('the demo strategy (%s)', (dialect) => {
  let t: TestApp;
  let catalog: ContentCatalog;
  const passwords = createArgon2Hasher(TEST_ARGON2_COST);
  beforeAll(async () => {
    ({ t, catalog } = await createWorkspaceApp(dialect));
  });
  afterAll(async () => {
    await t.close();
  });

  async function demoUser(email: string): Promise<TestUser> {
    const row = await t.database.db
      .selectFrom('users')
      .select(['id', 'email', 'name'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    return { ...row, password: '' };
  }

  it('every demo answer passes the same checks as a save through the API', () => {
    const { problems, values } = validateAnswerValues(
      catalog,
      Object.entries(DEMO_STRATEGY_VALUES).map(([questionId, value]) => ({
        question: catalog.compiled.en.questions.get(questionId)!,
        value,
        path: questionId,
      })),
    );
    expect(problems).toEqual([]);
    expect(values.size).toBe(Object.keys(DEMO_STRATEGY_VALUES).length);
  });

  it('Riverside gets a partly completed strategy, with assignments and accepted risks, once', async () => {
    const first = await seedDemo(t.database.db, passwords);
    expect(first).toMatchObject({ created: true, strategyCreated: true });
    const again = await seedDemo(t.database.db, passwords);
    expect(again).toMatchObject({ created: false, strategyCreated: false });

    const coordinator = await demoUser(DEMO_ACCOUNTS[0]!.email);
    const cookie = await t.cookieFor(coordinator);
    const cityId = first.cityId!;
    const list = (await t.request('GET', `/api/v1/cities/${cityId}/strategies`, { cookie })).json();
    expect(list.strategies).toHaveLength(1);
    expect(list.strategies[0]).toMatchObject({ startYear: 2025, endYear: 2028, status: 'active' });
    const base = `/api/v1/cities/${cityId}/strategies/${list.strategies[0].id}`;

    const detail = (await t.request('GET', base, { cookie })).json();
    const statuses = new Set(detail.sections.map((s: { status: string }) => s.status));
    expect(statuses).toContain('completed');
    expect(statuses).toContain('not-started');
    expect(statuses).toContain('in-progress');
    const youth = await demoUser('youth@demo.concord.test');
    expect(detail.assignments.every((a: { userId: string }) => a.userId === youth.id)).toBe(true);
    expect(detail.assignments.length).toBeGreaterThan(0);

    const evaluation = (await t.request('GET', `${base}/evaluation`, { cookie })).json();
    expect(evaluation.acceptedRisks.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(
      DEMO_ACCEPTED_RISKS.map((r) => r.ruleId).sort(),
    );
    // Each accepted risk is a finding the demo answers actually raise.
    expect(evaluation.acceptedRisks.every((r: { isRaised: boolean }) => r.isRaised)).toBe(true);
    expect(
      evaluation.evaluation.findings.filter((f: { kind: string }) => f.kind === 'gap').length,
    ).toBeGreaterThan(5);

    const audit = (
      await t.request('GET', `/api/v1/cities/${cityId}/audit?limit=200`, { cookie })
    ).json();
    const actions = new Set(audit.entries.map((e: { action: string }) => e.action));
    expect([...actions].sort()).toEqual(
      ['answer.save', 'assignment.set', 'risk.accept', 'strategy.create'].sort(),
    );
  });

  it('a demo city seeded before strategies existed gets its strategy on the next seed', async () => {
    const { db } = t.database;
    const city = await db
      .selectFrom('cities')
      .select('id')
      .where('name', '=', 'Riverside')
      .executeTakeFirstOrThrow();
    for (const table of [
      'accepted_risks',
      'section_assignments',
      'answers',
      'strategies',
    ] as const) {
      await db.deleteFrom(table).where('city_id', '=', city.id).execute();
    }
    const result = await seedDemo(db, passwords);
    expect(result).toMatchObject({ created: false, cityId: city.id, strategyCreated: true });
    const strategies = await db
      .selectFrom('strategies')
      .select('id')
      .where('city_id', '=', city.id)
      .execute();
    expect(strategies).toHaveLength(1);
  });
});
