import os from 'node:os';

/** The lowest CPU priority ("nice" 19): the thread runs when nothing else wants the core. */
export const EXPORT_THREAD_NICE = 19;

/**
 * Lowers the calling thread to the lowest CPU priority, so an export only uses CPU time the
 * thread answering requests does not need. Measured on 2 cores: at the same priority, the
 * worker and its garbage collection take turns with the request thread and the API's p99
 * grows several times while exports run.
 *
 * Linux only, on purpose: there every thread is its own task, and setpriority(PRIO_PROCESS, 0)
 * (what `os.setPriority(0, ...)` calls) changes the calling thread alone; it can be read back
 * as the nice field of /proc/<pid>/task/<tid>/stat. On macOS and the BSDs the same call
 * changes the whole process, and on Windows it sets the process's priority class, so it would
 * slow the request thread too: there the worker keeps normal priority.
 *
 * Returns the priority now in force for this thread, or null when it was left alone (other
 * systems, or a sandbox that refuses the call; lowering needs no privilege, but some
 * containers forbid setpriority altogether).
 */
export function lowerThreadPriority(platform: NodeJS.Platform = process.platform): number | null {
  if (platform !== 'linux') return null;
  try {
    os.setPriority(0, EXPORT_THREAD_NICE);
    return os.getPriority(0);
  } catch {
    return null;
  }
}
