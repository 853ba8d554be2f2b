import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressSaver } from './export-progress.js';

describe('createProgressSaver', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function recordSaves() {
    const saved: number[] = [];
    const failures: unknown[] = [];
    const saver = createProgressSaver({
      save: async (progress) => {
        saved.push(progress);
      },
      onSaveFailed: (error) => failures.push(error),
      intervalMs: 500,
    });
    return { saver, saved, failures };
  }

  it('saves nothing for a job that ends within the first interval', async () => {
    const { saver, saved } = recordSaves();
    saver.report(0.2);
    await vi.advanceTimersByTimeAsync(100);
    saver.report(0.5);
    saver.report(0.9);
    await vi.advanceTimersByTimeAsync(100);
    await saver.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([]);
  });

  it('saves the newest value once per interval, in order', async () => {
    const { saver, saved } = recordSaves();
    saver.report(0.2);
    saver.report(0.5);
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([0.5]);
    // Well after the last save: the next value is saved at once.
    await vi.advanceTimersByTimeAsync(2000);
    saver.report(0.9);
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([0.5, 0.9]);
    saver.report(0.95);
    await saver.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([0.5, 0.9]);
  });

  it('finish waits for a save under way, and a failed save is reported, not thrown', async () => {
    let release: () => void = () => undefined;
    const failures: unknown[] = [];
    const order: string[] = [];
    const saver = createProgressSaver({
      save: (progress) =>
        new Promise<void>((resolve, reject) => {
          order.push(`save ${progress}`);
          release = () => (progress === 0.5 ? reject(new Error('disk full')) : resolve());
        }),
      onSaveFailed: (error) => failures.push(error),
      intervalMs: 500,
    });
    saver.report(0.5);
    await vi.advanceTimersByTimeAsync(500);
    const finished = saver.finish().then(() => order.push('finished'));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['save 0.5']);
    release();
    await finished;
    expect(order).toEqual(['save 0.5', 'finished']);
    expect(failures).toEqual([new Error('disk full')]);
  });
});
