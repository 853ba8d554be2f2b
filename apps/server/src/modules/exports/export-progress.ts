/**
 * How often a running job's progress may be saved. Each save is a committed write, and with
 * SQLite at synchronous=FULL a commit waits for the disk on the thread that answers requests
 * (1 to 5 ms each, measured on the bench machine). A DOCX export of the demo strategy takes
 * a few hundred milliseconds; saving each of the steps it reports held every request behind
 * it for those milliseconds, several times per export. People polling a long PDF export still
 * see it move twice a second.
 */
export const PROGRESS_SAVE_INTERVAL_MS = 500;

export interface ProgressSaver {
  /** Progress from 0 to 1; saved now, later, or replaced by a newer value. */
  report(progress: number): void;
  /** No saves after this; resolves once the ones already started have landed. */
  finish(): Promise<void>;
}

/**
 * Saves at most one progress value per interval, counted from the job's start, and always the
 * newest one. A job done within the first interval never saves progress at all: it goes from
 * queued to done in one write.
 */
export function createProgressSaver({
  save,
  onSaveFailed,
  intervalMs = PROGRESS_SAVE_INTERVAL_MS,
}: {
  save: (progress: number) => Promise<void>;
  onSaveFailed: (error: unknown) => void;
  intervalMs?: number;
}): ProgressSaver {
  let lastSaveAt = Date.now();
  let waiting: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let isFinished = false;
  // Saves are chained so they land in order, and all before the job's final write.
  let saves: Promise<void> = Promise.resolve();

  const saveWaiting = () => {
    timer = undefined;
    if (isFinished || waiting === undefined) return;
    const progress = waiting;
    waiting = undefined;
    lastSaveAt = Date.now();
    saves = saves.then(() => save(progress)).catch(onSaveFailed);
  };

  return {
    report(progress) {
      if (isFinished) return;
      waiting = progress;
      if (timer) return;
      const wait = lastSaveAt + intervalMs - Date.now();
      if (wait <= 0) saveWaiting();
      else timer = setTimeout(saveWaiting, wait);
    },
    async finish() {
      isFinished = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await saves;
    },
  };
}
