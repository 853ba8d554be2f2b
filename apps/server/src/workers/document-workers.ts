import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { BuildResult, DocumentTask, RenderResult, RenderTask } from './document-task.js';

/** Builds and renders documents on worker threads, off the thread that serves requests. */
export interface DocumentWorkers {
  /** The document as `{ "document": ... }` JSON text. */
  build(task: DocumentTask): Promise<BuildResult>;
  render(
    task: Omit<RenderTask, 'progress' | 'chromiumPath'>,
    onProgress?: (progress: number) => void,
  ): Promise<RenderResult>;
  close(): Promise<void>;
}

export interface DocumentWorkersOptions {
  /** Worker threads; 1 by default (a 2-core machine keeps one core for requests). */
  threads?: number;
  chromiumPath?: string;
}

// Run from the TypeScript sources (tests, tsx), the worker needs the same loader and the
// package condition that points @concord/domain at its sources; built code needs neither.
function workerFile(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  return fromSource
    ? {
        filename: new URL('./export.worker.ts', import.meta.url).href,
        execArgv: ['--conditions=concord-source', '--import', 'tsx'],
      }
    : { filename: new URL('./export.worker.js', import.meta.url).href, execArgv: [] };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The pool starts on first use (most processes never export) and keeps its thread warm after
 * that: the first task pays for loading the content into the worker, later ones do not.
 */
export function createDocumentWorkers(options: DocumentWorkersOptions = {}): DocumentWorkers {
  let pool: Piscina | undefined;
  const threads = options.threads ?? 1;
  const getPool = () => {
    pool ??= new Piscina({
      ...workerFile(),
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: Number.POSITIVE_INFINITY,
    });
    return pool;
  };
  return {
    build(task) {
      return getPool().run(task, { name: 'buildDocumentTask' }) as Promise<BuildResult>;
    },
    async render(task, onProgress) {
      const channel = new MessageChannel();
      if (onProgress) channel.port1.on('message', (value: number) => onProgress(value));
      try {
        const fullTask: RenderTask = {
          ...task,
          progress: channel.port2,
          ...(options.chromiumPath ? { chromiumPath: options.chromiumPath } : {}),
        };
        const result = (await getPool().run(fullTask, {
          transferList: [channel.port2],
        })) as RenderResult;
        return result.ok ? { ok: true, bytes: toBuffer(result.bytes) } : result;
      } finally {
        channel.port1.close();
      }
    },
    async close() {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
