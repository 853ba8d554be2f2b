import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { loadContent } from '@concord/domain/node';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentTaskSources } from '../modules/documents/document-sources.js';
import { createDocumentWorkers } from './document-workers.js';
import { EXPORT_THREAD_NICE, lowerThreadPriority } from './thread-priority.js';

const IS_LINUX = process.platform === 'linux';

/** Nice value of each thread of this process, read the way the kernel reports it. */
function niceOfThreads(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

async function emptyStrategy(): Promise<DocumentTaskSources> {
  const { library } = await loadContent();
  return {
    kind: 'strategy',
    locale: 'en',
    audience: 'council',
    generatedAt: '2026-03-02T10:00:00.000Z',
    today: '2026-03-02',
    answers: { contentVersion: library.version, values: {} },
    acceptedRisks: [],
    city: { name: 'Testville', country: 'Nowhere', languages: ['en'] },
    strategy: {
      title: 'Strategy 2026-2029',
      startYear: 2026,
      endYear: 2029,
      versionLabel: 'Working draft',
      status: 'draft',
    },
    narrative: {},
  };
}

describe('export worker priority', () => {
  const workers = createDocumentWorkers();
  afterAll(() => workers.close());

  it.skipIf(!IS_LINUX)(
    'the worker thread runs at the lowest priority and the calling thread keeps its own',
    { timeout: 60_000 },
    async () => {
      const ownPriority = os.getPriority(0);
      const lowestBefore = niceOfThreads().filter((nice) => nice === EXPORT_THREAD_NICE).length;
      const result = await workers.render({ sources: await emptyStrategy(), format: 'markdown' });
      expect(result.ok).toBe(true);
      expect(niceOfThreads().filter((nice) => nice === EXPORT_THREAD_NICE)).toHaveLength(
        lowestBefore + 1,
      );
      expect(os.getPriority(0)).toBe(ownPriority);
      expect(os.getPriority(process.pid)).toBe(ownPriority);
    },
  );

  it('leaves the priority alone where it would apply to the whole process', () => {
    const before = os.getPriority(0);
    expect(lowerThreadPriority('darwin')).toBeNull();
    expect(lowerThreadPriority('win32')).toBeNull();
    expect(os.getPriority(0)).toBe(before);
  });
});
