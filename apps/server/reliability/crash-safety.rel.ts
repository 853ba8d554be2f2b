import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFigures } from './support/results.js';
import { type PreparedInstall, makeDataDir, prepareInstall } from './support/install.js';
import { type ServerProcess, findFreePort, startServerProcess } from './support/server-process.js';
import { HOOK_TIMEOUT_MS } from './support/timeouts.js';

const ROUNDS = 20;
const WRITERS = 6;
const TEXT_QUESTION = 'strategy:framework:q:existing-framework-ref';

let dataDir: string;
let dbFile: string;
let port: number;
let install: PreparedInstall;
let server: ServerProcess | undefined;

beforeAll(async () => {
  dataDir = makeDataDir('crash');
  dbFile = path.join(dataDir, 'concord.db');
  port = await findFreePort();
  install = await prepareInstall({ kind: 'sqlite', file: dbFile }, `http://127.0.0.1:${port}`);
}, HOOK_TIMEOUT_MS);

afterAll(async () => {
  await server?.stop();
}, HOOK_TIMEOUT_MS);

function headers(): Record<string, string> {
  return {
    cookie: install.cookie,
    'content-type': 'application/json',
    origin: `http://127.0.0.1:${port}`,
  };
}

interface AckedAnswer {
  revision: number;
  value: string;
}

/** Reads what is stored now, straight from the file, with the server dead. */
function inspectDatabase(emails: Set<string>) {
  const connection = new SQLite(dbFile);
  try {
    const integrity = (connection.pragma('integrity_check') as { integrity_check: string }[]).map(
      (row) => row.integrity_check,
    );
    const stored = new Set(
      (connection.prepare('select email from invitations').all() as { email: string }[]).map(
        (row) => row.email,
      ),
    );
    const missing = [...emails].filter((email) => !stored.has(email));
    return { integrity, missing };
  } finally {
    connection.close();
  }
}

describe('crash safety', () => {
  it(`${ROUNDS} rounds of kill -9 during writes: every acknowledged write survives, integrity ok`, async () => {
    const acknowledged = new Set<string>();
    // Held in an object: the writers below update it from their own closures.
    const acked: { answer: AckedAnswer | null } = { answer: null };
    let strategyId: string | null = null;
    let lostWrites = 0;
    let killRounds = 0;
    const problems: string[] = [];
    const base = () => `http://127.0.0.1:${port}/api/v1/cities/${install.cityId}`;

    for (let round = 0; round <= ROUNDS; round += 1) {
      server = await startServerProcess({ port, env: { DATA_DIR: dataDir } });

      // The last acknowledged answer must be there (or a later revision built on it).
      let revision = 0;
      if (strategyId) {
        const response = await fetch(`${base()}/strategies/${strategyId}/answers`, {
          headers: headers(),
        });
        const body = (await response.json()) as {
          answers: Record<string, { revision: number; value: unknown }>;
        };
        const stored = body.answers[TEXT_QUESTION];
        revision = stored?.revision ?? 0;
        const last = acked.answer;
        if (
          last &&
          (revision < last.revision || (revision === last.revision && stored?.value !== last.value))
        ) {
          lostWrites += 1;
          problems.push(
            `round ${round}: answer revision ${last.revision} acknowledged, found ${revision}`,
          );
        }
      } else {
        const response = await fetch(`${base()}/strategies`, {
          method: 'POST',
          headers: headers(),
          body: JSON.stringify({ title: 'Crash test', startYear: 2026, endYear: 2030 }),
        });
        if (response.status === 201)
          strategyId = ((await response.json()) as { strategy: { id: string } }).strategy.id;
      }
      if (round === ROUNDS) break;

      let running = true;
      let ackedThisRound = 0;
      const invite = async (writer: number) => {
        for (let n = 0; running; n += 1) {
          const email = `r${round}-w${writer}-${n}@example.org`;
          try {
            const response = await fetch(`${base()}/invitations`, {
              method: 'POST',
              headers: headers(),
              body: JSON.stringify({ email, role: 'viewer' }),
            });
            if (response.status === 201) {
              await response.arrayBuffer();
              acknowledged.add(email);
              ackedThisRound += 1;
            }
          } catch {
            return;
          }
        }
      };
      const answer = async () => {
        for (let n = 0; running && strategyId; n += 1) {
          const value = `round ${round} write ${n}`;
          try {
            const response = await fetch(
              `${base()}/strategies/${strategyId}/answers/${encodeURIComponent(TEXT_QUESTION)}`,
              {
                method: 'PUT',
                headers: headers(),
                body: JSON.stringify({ value, baseRevision: revision }),
              },
            );
            if (response.status !== 200) return;
            revision = ((await response.json()) as { answer: { revision: number } }).answer
              .revision;
            acked.answer = { revision, value };
          } catch {
            return;
          }
        }
      };
      const workers = [answer(), ...Array.from({ length: WRITERS }, (_, writer) => invite(writer))];

      const started = Date.now();
      while (ackedThisRound < 20 && Date.now() - started < 5_000)
        await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, Math.random() * 300));
      await server.killHard();
      killRounds += 1;
      running = false;
      await Promise.all(workers);

      const { integrity, missing } = inspectDatabase(acknowledged);
      if (integrity.join() !== 'ok')
        problems.push(`round ${round}: integrity_check ${integrity.join('; ')}`);
      if (missing.length > 0)
        problems.push(`round ${round}: ${missing.length} acknowledged invitations missing`);
      lostWrites += missing.length;
      server = undefined;
    }
    await server?.stop();

    addFigures({ killRounds, lostWrites });
    console.log(
      `crash safety: ${killRounds} kill -9 rounds, ${acknowledged.size} acknowledged invitations and ` +
        `answer revision ${acked.answer?.revision ?? 0} checked, ${lostWrites} lost`,
    );
    expect(problems).toEqual([]);
    expect(killRounds).toBe(ROUNDS);
    expect(acknowledged.size).toBeGreaterThan(ROUNDS * 20);
  });
});
