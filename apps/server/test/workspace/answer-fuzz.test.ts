import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentCatalog } from '../../src/modules/content/content-catalog.js';
import type { TestApp } from '../test-app.js';
import {
  type Team,
  answerUrl,
  createTeam,
  createWorkspaceApp,
  strategyUrl,
} from './workspace-fixture.js';

describe('any value for any question: a save or a clear refusal, never a failure', () => {
  let t: TestApp;
  let catalog: ContentCatalog;
  let team: Team;
  beforeAll(async () => {
    ({ t, catalog } = await createWorkspaceApp('sqlite'));
    team = await createTeam(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('PUT answers/:questionId answers 200, 400 or 409, and a refusal stores nothing', async () => {
    const questionIds = [...catalog.compiled.en.questions.keys()];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...questionIds),
        fc.jsonValue({ maxDepth: 4 }),
        fc.integer({ min: -2, max: 3 }),
        async (questionId, value, baseRevision) => {
          const before = await t.request('GET', strategyUrl(team, '/answers'), {
            cookie: team.cookies.viewer,
          });
          const response = await t.request('PUT', answerUrl(team, questionId), {
            cookie: team.cookies.editor,
            body: { value, baseRevision },
          });
          expect([200, 400, 409]).toContain(response.statusCode);
          if (response.statusCode === 400) {
            expect(response.json().error.fields.length).toBeGreaterThan(0);
            for (const field of response.json().error.fields) {
              expect(field.message).toMatch(/\S/);
            }
          }
          if (response.statusCode !== 200) {
            const after = await t.request('GET', strategyUrl(team, '/answers'), {
              cookie: team.cookies.viewer,
            });
            expect(after.json()).toEqual(before.json());
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
