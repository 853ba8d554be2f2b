import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import {
  createTeam,
  createWorkspaceApp,
  fieldPaths,
  strategyUrl,
} from '../workspace/workspace-fixture.js';
import { FRAMING_ANSWER, GLOSSARY, saveAnswers } from './participation-fixture.js';

const TEXT = 'Our counter-terrorism plan will stop radicalisation in the city.';

describe.each(DIALECTS)('language check (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    ({ t } = await createWorkspaceApp(dialect));
  });
  afterAll(async () => {
    await t.close();
  });

  it('flags securitised wording and key terms the glossary has not agreed', async () => {
    const team = await createTeam(t);
    const url = strategyUrl(team, '/language-check');
    const first = await t.request('POST', url, {
      cookie: team.cookies.viewer,
      body: { text: TEXT, locale: 'en-GB' },
    });
    expect(first.statusCode).toBe(200);
    const result = first.json();
    expect(result.locale).toBe('en');
    expect(result.flags).toEqual([
      expect.objectContaining({
        entryId: 'strategy:lang:counter-terrorism',
        match: 'counter-terrorism',
        start: TEXT.indexOf('counter-terrorism'),
        severity: 'medium',
      }),
    ]);
    expect(result.flags[0].suggestions.length).toBeGreaterThan(0);
    expect(result.undefinedKeyTerms).toEqual([
      expect.objectContaining({
        keyTermId: 'strategy:lang:key:radicalisation',
        match: 'radicalisation',
      }),
    ]);

    // LANG-02 reads the glossary: once the term is agreed, it is no longer flagged.
    await saveAnswers(t, team, {
      [GLOSSARY]: [
        {
          id: 'g1',
          term: 'Radicalisation',
          definition: 'How a person comes to support violence for a cause.',
          consensus: 'agreed',
          agreedBy: 'Partnership board',
        },
      ],
    });
    const second = await t.request('POST', url, {
      cookie: team.cookies.viewer,
      body: { text: TEXT, locale: 'en' },
    });
    expect(second.json().undefinedKeyTerms).toEqual([]);
    expect(second.json().flags).toHaveLength(1);

    const german = await t.request('POST', url, {
      cookie: team.cookies.viewer,
      body: { text: TEXT, locale: 'de' },
    });
    expect(german.statusCode).toBe(400);
    expect(fieldPaths(german)).toEqual(['body.locale']);
  });

  it("lists LANG-01 and LANG-02 over the strategy's answers, in the reader's language", async () => {
    const team = await createTeam(t);
    await saveAnswers(t, team, { [FRAMING_ANSWER]: TEXT });
    const response = await t.request(
      'GET',
      strategyUrl(team, '/language-findings?locale=fr&textLocale=en'),
      { cookie: team.cookies.viewer },
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.textLocale).toBe('en');
    expect(body.results).toEqual([expect.objectContaining({ location: { q: FRAMING_ANSWER } })]);
    expect(body.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'strategy:rule:LANG-01',
      'strategy:rule:LANG-02',
    ]);
    expect(body.findings[0]).toMatchObject({ source: 'language', kind: 'gap' });
    expect(body.findings[0].occurrences[0]).toMatchObject({
      match: 'counter-terrorism',
      location: { q: FRAMING_ANSWER },
    });
    // Finding texts come from the French word list.
    expect(body.findings[0].title).not.toBe(
      (
        await t.request('GET', strategyUrl(team, '/language-findings?locale=en'), {
          cookie: team.cookies.viewer,
        })
      ).json().findings[0].title,
    );

    // Test cities write in French first: the default text language is the city's.
    const byCity = await t.request('GET', strategyUrl(team, '/language-findings'), {
      cookie: team.cookies.viewer,
    });
    expect(byCity.json().textLocale).toBe('fr');
  });
});
