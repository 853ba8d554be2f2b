import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { httpGet, httpJson } from './processes.mjs';

const WRITER = fileURLToPath(new URL('./answer-writer.mjs', import.meta.url));

/** Runs bench/lib/answer-writer.mjs in its own process and returns its figures. */
export function runAnswerLoad(options) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`answer writer exited with ${code}`));
      const result = JSON.parse(output.trim().split('\n').pop());
      if (result.ok < result.requests) {
        result.warning = `${result.requests - result.ok} answer saves were not 200: ${JSON.stringify(result.statuses)}`;
      }
      resolve(result);
    });
  });
}

/**
 * A strategy to write into and the free-text questions that take a plain text answer, found by
 * saving each once through the API (so each starts at revision 1).
 */
export async function prepareAnswerTargets({ base, cookie, cityId }) {
  const headers = { cookie, origin: base };
  const created = await httpJson(`${base}/api/v1/cities/${cityId}/strategies`, {
    method: 'POST',
    headers,
    body: { title: 'Bench strategy', startYear: 2026, endYear: 2030 },
  });
  if (created.status !== 201) throw new Error(`creating a strategy answered ${created.status}`);
  const strategyId = JSON.parse(created.body).strategy.id;
  const pathPrefix = `/api/v1/cities/${cityId}/strategies/${strategyId}/answers`;
  const content = JSON.parse((await httpGet(`${base}/api/v1/content/strategy`)).body).content;
  const questions = [];
  const revisions = [];
  for (const section of content.sections) {
    for (const question of section.questions) {
      if (question.type !== 'text') continue;
      const saved = await httpJson(`${base}${pathPrefix}/${encodeURIComponent(question.id)}`, {
        method: 'PUT',
        headers,
        body: { value: 'bench value', baseRevision: 0 },
      });
      if (saved.status === 200) {
        questions.push(question.id);
        revisions.push(JSON.parse(saved.body).answer.revision);
      }
    }
  }
  return { pathPrefix, questions, revisions };
}
