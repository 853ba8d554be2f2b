import { setTimeout as sleep } from 'node:timers/promises';
import { scenarioValues } from '@concord/domain/scenarios';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { DialectName } from '../../src/db/database.js';
import type { ContentSource } from '../../src/modules/content/content-catalog.js';
import type { DocumentWorkers } from '../../src/workers/document-workers.js';
import { type TestApp, createTestApp } from '../test-app.js';
import { type Team, strategyUrl } from '../workspace/workspace-fixture.js';

export { createTeam, strategyUrl, fieldPaths } from '../workspace/workspace-fixture.js';

/** A test app whose content loads once per file and whose document workers may be replaced. */
export async function createDocumentsApp(
  dialect: DialectName,
  options: { content: ContentSource; documentWorkers?: DocumentWorkers },
): Promise<TestApp> {
  return createTestApp(dialect, options);
}

const sectionOf = (questionId: string) => questionId.split(':q:')[0] ?? questionId;

/** Saves a reference scenario's answers through the API, one section page at a time. */
export async function answerScenario(
  t: TestApp,
  team: Pick<Team, 'cityId' | 'strategyId' | 'cookies'>,
  scenario: 'S1' | 'S4' | 'S6',
): Promise<void> {
  const bySection = new Map<string, Record<string, { value: unknown; baseRevision: number }>>();
  for (const [questionId, value] of Object.entries(scenarioValues(scenario))) {
    const answers = bySection.get(sectionOf(questionId)) ?? {};
    answers[questionId] = { value, baseRevision: 0 };
    bySection.set(sectionOf(questionId), answers);
  }
  for (const [sectionId, answers] of bySection) {
    const saved = await t.request(
      'PUT',
      strategyUrl(team, `/sections/${encodeURIComponent(sectionId)}/answers`),
      { cookie: team.cookies.coordinator, body: { answers } },
    );
    expect(saved.statusCode, saved.body).toBe(200);
  }
}

export async function writeChapter(
  t: TestApp,
  team: Pick<Team, 'cityId' | 'strategyId' | 'cookies'>,
  chapterKey: string,
  text: string,
): Promise<LightMyRequestResponse> {
  const current = await t.request('GET', strategyUrl(team, '/narrative'), {
    cookie: team.cookies.coordinator,
  });
  const baseRevision = current.json().chapters[chapterKey]?.revision ?? 0;
  return t.request('PUT', strategyUrl(team, `/narrative/${chapterKey}`), {
    cookie: team.cookies.coordinator,
    body: { text, baseRevision },
  });
}

/** Polls an export until it is done or failed; returns its last status. */
export async function waitForExport(
  t: TestApp,
  team: Pick<Team, 'cityId' | 'strategyId'>,
  exportId: string,
  cookie: string,
) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const status = await t.request('GET', strategyUrl(team, `/exports/${exportId}`), { cookie });
    expect(status.statusCode, status.body).toBe(200);
    const job = status.json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await sleep(50);
  }
  throw new Error(`export ${exportId} did not finish`);
}

/** Starts an export and waits for it; returns the job and, when done, the file response. */
export async function exportFile(
  t: TestApp,
  team: Pick<Team, 'cityId' | 'strategyId' | 'cookies'>,
  body: Record<string, unknown>,
) {
  const started = await t.request('POST', strategyUrl(team, '/exports'), {
    cookie: team.cookies.editor,
    body,
  });
  expect(started.statusCode, started.body).toBe(202);
  const job = await waitForExport(t, team, started.json().exportId, team.cookies.editor);
  const file = await t.request('GET', strategyUrl(team, `/exports/${job.exportId}/file`), {
    cookie: team.cookies.editor,
  });
  return { job, file };
}

const WORDS = (
  'city council residents neighbourhood prevention trust partners youth services schools ' +
  'health housing culture sport safety belonging dialogue community programme budget review'
).split(' ');

/**
 * About 1,500 words of narrative with headings, emphasis, lists and a table: seven of these
 * with the S1 answers print as a document of about 44 pages (the export benchmark's size).
 */
export function longChapter(seed: number): string {
  let state = seed;
  const word = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return WORDS[state % WORDS.length];
  };
  const sentence = (length: number) => {
    const text = Array.from({ length }, word).join(' ');
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  const parts: string[] = [];
  for (let part = 1; part <= 3; part += 1) {
    parts.push(`## Part ${part}: ${sentence(4).slice(0, -1)}`);
    for (let p = 0; p < 4; p += 1) {
      parts.push(
        `${Array.from({ length: 8 }, () => sentence(12)).join(' ')} **${sentence(3)}** *${sentence(2)}*`,
      );
    }
    parts.push(Array.from({ length: 4 }, () => `- ${sentence(9)}`).join('\n'));
  }
  const rows = Array.from(
    { length: 10 },
    (_, i) => `| Action ${i + 1} | ${sentence(6)} | ${2025 + (i % 4)} |`,
  );
  parts.push(['| Action | What | Year |', '|---|---|---|', ...rows].join('\n'));
  return parts.join('\n\n');
}
