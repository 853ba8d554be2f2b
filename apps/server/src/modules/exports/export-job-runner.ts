import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.js';
import type { ExportRow } from '../../db/tables.js';
import { toTimestamp } from '../../lib/time.js';
import type { DocumentTaskSources } from '../documents/document-sources.js';
import type { RenderFormat } from '../../workers/document-task.js';
import type { DocumentWorkers } from '../../workers/document-workers.js';
import { createProgressSaver } from './export-progress.js';
import { updateExportRow } from './exports.repository.js';

export type PendingExport =
  | { exportId: string; kind: 'document'; sources: DocumentTaskSources; render: RenderFormat }
  | { exportId: string; kind: 'portable'; produce: () => Promise<Buffer> };

/** Runs export jobs after the request that asked for them has been answered. */
export interface ExportJobRunner {
  start(job: PendingExport): void;
  /** Waits for the jobs still running (the server is stopping). */
  close(): Promise<void>;
}

const FAILED_MESSAGE =
  'The export failed on the server. Try again; if it fails again, tell your administrator.';

/**
 * Job state lives in the exports table, so any instance sharing the database can report a
 * job's progress and serve its file. The work itself happens on the worker threads; this
 * thread only reads the sources, hands them over and stores the result.
 */
export function createExportJobRunner({
  db,
  workers,
  log,
}: {
  db: Db;
  workers: DocumentWorkers;
  log: FastifyBaseLogger;
}): ExportJobRunner {
  const running = new Set<Promise<void>>();

  async function run(job: PendingExport): Promise<void> {
    const write = (changes: Partial<Omit<ExportRow, 'id'>>) =>
      updateExportRow(db, {
        exportId: job.exportId,
        changes: { ...changes, updated_at: toTimestamp(new Date()) },
      });
    // The job stays "queued" until its first saved progress: a short export goes from queued
    // to done in one write (see PROGRESS_SAVE_INTERVAL_MS for why writes are counted).
    const progress = createProgressSaver({
      save: (value) => write({ status: 'running', progress: Math.round(value * 100) }),
      onSaveFailed: (error) => log.warn({ err: error }, 'export progress not saved'),
    });
    try {
      let bytes: Buffer;
      if (job.kind === 'portable') {
        bytes = await job.produce();
      } else {
        const result = await workers.render({ sources: job.sources, format: job.render }, (value) =>
          progress.report(value),
        );
        await progress.finish();
        if (!result.ok) {
          await write({ status: 'failed', error_code: result.code, error_message: result.message });
          return;
        }
        bytes = Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
      }
      await write({ status: 'done', progress: 100, file: bytes });
    } catch (error) {
      log.error({ err: error, exportId: job.exportId }, 'export failed');
      await progress.finish();
      await write({
        status: 'failed',
        error_code: 'internal',
        error_message: FAILED_MESSAGE,
      }).catch((writeError: unknown) => log.error({ err: writeError }, 'export failure not saved'));
    }
  }

  return {
    start(job) {
      const promise = run(job).finally(() => running.delete(promise));
      running.add(promise);
    },
    async close() {
      await Promise.allSettled([...running]);
    },
  };
}
