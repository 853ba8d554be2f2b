import { type AnswerValue, evaluate } from '@concord/domain';
import { scenarioValues } from '@concord/domain/scenarios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentCatalog } from '../../src/modules/content/content-catalog.js';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import {
  type Team,
  answerUrl,
  createTeam,
  createWorkspaceApp,
  strategyUrl,
} from './workspace-fixture.js';

const LEAD_MODEL = 'strategy:institutionalisation:q:lead-model';
const NO_LEAD = 'strategy:rule:INS-01';
const DONOR_DEPENDENCY = 'strategy:rule:FUN-05';

describe.each(DIALECTS)('findings on the server (%s)', (dialect) => {
  let t: TestApp;
  let catalog: ContentCatalog;
  beforeAll(async () => {
    ({ t, catalog } = await createWorkspaceApp(dialect));
  });
  afterAll(async () => {
    await t.close();
  });

  /** Saves a whole answer set the way the section pages do: one all-or-nothing save a section. */
  async function saveBySection(team: Team, values: Record<string, AnswerValue>) {
    for (const section of catalog.compiled.en.sections) {
      const answers = Object.fromEntries(
        section.questionIds
          .filter((id) => values[id] !== undefined)
          .map((id) => [id, { value: values[id], baseRevision: 0 }]),
      );
      if (Object.keys(answers).length === 0) continue;
      const response = await t.request(
        'PUT',
        strategyUrl(team, `/sections/${encodeURIComponent(section.id)}/answers`),
        { cookie: team.cookies.coordinator, body: { answers } },
      );
      expect(response.statusCode, response.body).toBe(200);
    }
  }

  it.each(['S1', 'S8'] as const)(
    'scenario %s: the evaluation equals the domain engine on the same answers',
    async (scenario) => {
      const team = await createTeam(t);
      const values = scenarioValues(scenario);
      await saveBySection(team, values);
      for (const locale of ['en', 'fr'] as const) {
        const response = await t.request('GET', strategyUrl(team, `/evaluation?locale=${locale}`), {
          cookie: team.cookies.viewer,
        });
        expect(response.statusCode).toBe(200);
        const body = response.json();
        const expected = evaluate(
          catalog.compiled[locale],
          { contentVersion: catalog.version, values },
          { today: body.today },
        );
        expect(body.evaluation).toEqual({
          contentVersion: expected.contentVersion,
          locale,
          questions: expected.applicable,
          completeness: expected.completeness,
          findings: expected.findings,
          scores: expected.scores,
        });
        expect(body.evaluation.findings.length).toBeGreaterThan(0);
      }
    },
  );

  it("judges deadlines by the date in the city's time zone", async () => {
    const team = await createTeam(t);
    const response = await t.request('GET', strategyUrl(team, '/evaluation'), {
      cookie: team.cookies.viewer,
    });
    const parisToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
      new Date(),
    );
    expect(response.json().today).toBe(parisToday);
  });

  it("speaks the reader's language when no locale is asked for", async () => {
    const team = await createTeam(t);
    await t.database.db
      .updateTable('users')
      .set({ locale: 'fr' })
      .where('id', '=', team.people.viewer.id)
      .execute();
    const response = await t.request('GET', strategyUrl(team, '/evaluation'), {
      cookie: team.cookies.viewer,
    });
    expect(response.json().evaluation.locale).toBe('fr');
  });

  describe('accepted risks', () => {
    const riskUrl = (team: Team, ruleId: string) =>
      strategyUrl(team, `/accepted-risks/${encodeURIComponent(ruleId)}`);

    it('a coordinator accepts a gap with a reason; it shows in the evaluation and the audit log', async () => {
      const team = await createTeam(t);
      await saveBySection(team, scenarioValues('S1'));
      const accepted = await t.request('PUT', riskUrl(team, DONOR_DEPENDENCY), {
        cookie: team.cookies.coordinator,
        body: {
          justification: '  Donors fund the first two years; the council budgets from 2027.  ',
        },
      });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json().acceptedRisk).toEqual({
        ruleId: DONOR_DEPENDENCY,
        justification: 'Donors fund the first two years; the council budgets from 2027.',
        acceptedBy: { userId: team.people.coordinator.id, name: 'The coordinator' },
        acceptedAt: expect.any(String),
      });

      const evaluation = (
        await t.request('GET', strategyUrl(team, '/evaluation'), { cookie: team.cookies.viewer })
      ).json();
      expect(evaluation.acceptedRisks).toEqual([
        { ...accepted.json().acceptedRisk, isRaised: true },
      ]);
      expect(evaluation.evaluation.findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
        DONOR_DEPENDENCY,
      );

      const changed = await t.request('PUT', riskUrl(team, DONOR_DEPENDENCY), {
        cookie: team.cookies['city-admin'],
        body: { justification: 'Reviewed with the donors in March; risk stays accepted.' },
      });
      expect(changed.statusCode).toBe(200);
      const withdrawn = await t.request('DELETE', riskUrl(team, DONOR_DEPENDENCY), {
        cookie: team.cookies.coordinator,
      });
      expect(withdrawn.statusCode).toBe(204);
      const again = await t.request('DELETE', riskUrl(team, DONOR_DEPENDENCY), {
        cookie: team.cookies.coordinator,
      });
      expect(again.statusCode).toBe(404);

      const audit = await t.request(
        'GET',
        `/api/v1/cities/${team.cityId}/audit?strategyId=${team.strategyId}&limit=3`,
        { cookie: team.cookies.coordinator },
      );
      expect(
        audit
          .json()
          .entries.map((e: { action: string; before: unknown; after: unknown }) => [
            e.action,
            e.before,
            e.after,
          ]),
      ).toEqual([
        [
          'risk.withdraw',
          { justification: 'Reviewed with the donors in March; risk stays accepted.' },
          null,
        ],
        [
          'risk.accept',
          { justification: 'Donors fund the first two years; the council budgets from 2027.' },
          { justification: 'Reviewed with the donors in March; risk stays accepted.' },
        ],
        [
          'risk.accept',
          null,
          { justification: 'Donors fund the first two years; the council budgets from 2027.' },
        ],
      ]);
    });

    it.each([
      ['too short', DONOR_DEPENDENCY, { justification: 'Because.' }, 'body.justification'],
      ['too long', DONOR_DEPENDENCY, { justification: 'x'.repeat(2001) }, 'body.justification'],
      ['missing', DONOR_DEPENDENCY, {}, 'body.justification'],
      [
        'a strength',
        'strategy:rule:STR-03',
        { justification: 'Long enough reason.' },
        'params.ruleId',
      ],
      [
        'unknown',
        'strategy:rule:XYZ-99',
        { justification: 'Long enough reason.' },
        'params.ruleId',
      ],
    ])('refuses a justification or rule that is %s', async (_what, ruleId, body, path) => {
      const team = await createTeam(t);
      const response = await t.request('PUT', riskUrl(team, ruleId), {
        cookie: team.cookies.coordinator,
        body,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields.map((f: { path: string }) => f.path)).toEqual([path]);
      const rows = await t.database.db
        .selectFrom('accepted_risks')
        .selectAll()
        .where('city_id', '=', team.cityId)
        .execute();
      expect(rows).toEqual([]);
    });

    it('an accepted critical gap no longer marks its section "has critical findings"', async () => {
      const team = await createTeam(t);
      await t.request('PUT', answerUrl(team, LEAD_MODEL), {
        cookie: team.cookies.editor,
        body: { value: 'none-yet', baseRevision: 0 },
      });
      const statusOf = async () => {
        const detail = await t.request('GET', strategyUrl(team), { cookie: team.cookies.viewer });
        return detail
          .json()
          .sections.find(
            (s: { sectionId: string }) => s.sectionId === 'strategy:institutionalisation',
          ).status;
      };
      expect(await statusOf()).toBe('has-critical');
      await t.request('PUT', riskUrl(team, NO_LEAD), {
        cookie: team.cookies.coordinator,
        body: { justification: 'The council decides the lead in its June session.' },
      });
      expect(await statusOf()).toBe('completed');
    });
  });

  it('section status follows the answers: not started, in progress, completed', async () => {
    const team = await createTeam(t);
    const values = scenarioValues('S8');
    await saveBySection(team, values);
    const detail = (
      await t.request('GET', strategyUrl(team), { cookie: team.cookies.viewer })
    ).json();
    const statuses = Object.fromEntries(
      detail.sections.map((s: { sectionId: string; status: string }) => [s.sectionId, s.status]),
    );
    expect(statuses['strategy:framework']).toBe('completed');

    const fresh = await createTeam(t);
    await t.request('PUT', answerUrl(fresh, 'strategy:framework:q:form'), {
      cookie: fresh.cookies.editor,
      body: { value: 'dedicated-strategy', baseRevision: 0 },
    });
    const partial = (
      await t.request('GET', strategyUrl(fresh), { cookie: fresh.cookies.viewer })
    ).json();
    const byId = Object.fromEntries(
      partial.sections.map((s: { sectionId: string; status: string }) => [s.sectionId, s.status]),
    );
    expect(byId['strategy:framework']).toBe('in-progress');
    expect(byId['strategy:mandate']).toBe('not-started');
  });
});
