import type { AnswerValue } from '@concord/domain/engine';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { DraftStore } from './draft-store.js';
import type { Parsed } from './parse-raw.js';
import type { RawValue } from './raw-values.js';
import type { StoredAnswer } from './workspace.types.js';

const Q = 'strategy:test:q:notes';
const KEY = 'concord.workspace.drafts.test';

function answer(value: AnswerValue, revision: number, name = 'Someone'): StoredAnswer {
  return { value, revision, updatedBy: { userId: 'u', name }, updatedAt: '2026-01-01T10:00:00Z' };
}

/** A store over a fake server: `stored` is what the server holds, `save` what it does with a PUT. */
function setUp(initial: Record<string, StoredAnswer> = {}) {
  const stored = new Map(Object.entries(initial));
  const saves: Array<{ value: AnswerValue | undefined; baseRevision: number }> = [];
  const save = vi.fn(async (questionId: string, value: AnswerValue | undefined, base: number) => {
    saves.push({ value, baseRevision: base });
    const current = stored.get(questionId);
    if ((current?.revision ?? 0) !== base)
      throw new ApiError({
        status: 409,
        code: 'conflict',
        message: 'Changed',
        details: { current, yours: value },
      });
    const next = answer(value as AnswerValue, base + 1, 'Me');
    stored.set(questionId, next);
    return next;
  });
  const onStored = vi.fn((questionId: string, value: StoredAnswer | null) => {
    if (value) stored.set(questionId, value);
  });
  const store = new DraftStore({
    storageKey: KEY,
    save,
    onStored,
    getStored: (questionId) => stored.get(questionId),
    parse: (_questionId: string, raw: RawValue): Parsed =>
      raw === 'bad'
        ? { value: undefined, problems: [{ path: '', messageId: 'workspace.error.notNumber' }] }
        : { value: raw === '' ? undefined : (raw as AnswerValue), problems: [] },
  });
  return { store, stored, saves, save, onStored };
}

const stateOf = (store: DraftStore) => store.getSnapshot().drafts.get(Q)?.state;

beforeEach(() => {
  vi.useFakeTimers();
  const memory = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, value: string) => memory.set(key, value),
    removeItem: (key: string) => memory.delete(key),
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('DraftStore autosave', () => {
  it('waits for a pause in typing, then saves once on top of the saved revision', async () => {
    const { store, saves } = setUp({ [Q]: answer('old', 3) });
    store.edit(Q, 'n');
    store.edit(Q, 'ne');
    store.edit(Q, 'new');
    expect(stateOf(store)).toBe('waiting');
    await vi.advanceTimersByTimeAsync(800);
    expect(saves).toEqual([{ value: 'new', baseRevision: 3 }]);
    expect(store.getSnapshot().drafts.size).toBe(0);
    expect(store.getSnapshot().lastSavedAt).not.toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps the typing on the device until the server acknowledges it', async () => {
    const { store } = setUp();
    store.edit(Q, 'typed');
    expect(JSON.parse(localStorage.getItem(KEY)!)[Q]).toMatchObject({
      raw: 'typed',
      baseRevision: 0,
    });
  });

  it('saves again, on the new revision, what was typed while a save was on its way', async () => {
    const { store, save } = setUp();
    let release: () => void = () => undefined;
    save.mockImplementationOnce(
      (_q, value, base) =>
        new Promise((resolve) => {
          release = () => resolve(answer(value as AnswerValue, base + 1));
        }),
    );
    store.edit(Q, 'first');
    await vi.advanceTimersByTimeAsync(800);
    store.edit(Q, 'first and more');
    release();
    await vi.advanceTimersByTimeAsync(800);
    expect(save.mock.calls.map(([, value, base]) => [value, base])).toEqual([
      ['first', 0],
      ['first and more', 1],
    ]);
    expect(store.getSnapshot().drafts.size).toBe(0);
  });

  it('sends nothing when the typing goes back to the saved answer', async () => {
    const { store, save } = setUp({ [Q]: answer('same', 1) });
    store.edit(Q, 'same');
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).not.toHaveBeenCalled();
  });

  it('does not send an answer that fails the checks, and says so', async () => {
    const { store, save } = setUp();
    store.edit(Q, 'bad');
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).not.toHaveBeenCalled();
    expect(stateOf(store)).toBe('invalid');
    expect(store.needsPerson()).toBe(true);
  });

  it('retries after the network fails, and keeps the draft meanwhile', async () => {
    const { store, save, saves } = setUp();
    save.mockRejectedValueOnce(new ApiError({ status: 0, code: 'network', message: 'down' }));
    store.edit(Q, 'offline text');
    await vi.advanceTimersByTimeAsync(800);
    expect(stateOf(store)).toBe('retrying');
    expect(localStorage.getItem(KEY)).not.toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(saves).toEqual([{ value: 'offline text', baseRevision: 0 }]);
    expect(store.getSnapshot().drafts.size).toBe(0);
  });

  it('places the server’s field problems at the right place in the answer', async () => {
    const { store, save } = setUp();
    save.mockRejectedValueOnce(
      new ApiError({
        status: 400,
        code: 'validation_failed',
        message: 'Bad',
        fields: [{ path: 'body.value.0.amount', message: 'Amounts cannot be negative.' }],
      }),
    );
    store.edit(Q, 'rows');
    await vi.advanceTimersByTimeAsync(800);
    expect(store.getSnapshot().drafts.get(Q)).toMatchObject({
      state: 'invalid',
      problems: [{ path: '0.amount', text: 'Amounts cannot be negative.' }],
    });
  });
});

describe('DraftStore conflicts', () => {
  it('never overwrites: a stale save shows both answers; keep mine on their revision, or take theirs', async () => {
    const { store, stored, saves } = setUp({ [Q]: answer('v1', 1) });
    store.edit(Q, 'mine');
    stored.set(Q, answer('theirs', 2, 'Amina')); // Amina saves while I type
    await vi.advanceTimersByTimeAsync(800);
    const draft = store.getSnapshot().drafts.get(Q)!;
    expect(draft.state).toBe('conflict');
    expect(draft.conflict?.current).toMatchObject({ value: 'theirs', revision: 2 });
    expect(draft.conflict?.yours).toBe('mine');
    expect(stored.get(Q)?.value).toBe('theirs');

    store.keepMine(Q);
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.at(-1)).toEqual({ value: 'mine', baseRevision: 2 });
    expect(store.getSnapshot().drafts.size).toBe(0);

    store.edit(Q, 'again');
    stored.set(Q, answer('theirs again', 4, 'Amina'));
    await vi.advanceTimersByTimeAsync(800);
    expect(stateOf(store)).toBe('conflict');
    store.takeTheirs(Q);
    expect(store.getSnapshot().drafts.size).toBe(0);
    expect(stored.get(Q)?.value).toBe('theirs again');
  });

  it('settles by itself when the other person saved exactly the same answer', async () => {
    const { store, stored } = setUp({ [Q]: answer('v1', 1) });
    store.edit(Q, 'agreed');
    stored.set(Q, answer('agreed', 2, 'Amina'));
    await vi.advanceTimersByTimeAsync(800);
    expect(store.getSnapshot().drafts.size).toBe(0);
  });

  it('restores drafts left on the device: saves them, or asks when the answer moved on', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        [Q]: { raw: 'left behind', baseRevision: 1, editedAt: 1 },
        'strategy:test:q:other': { raw: 'stale', baseRevision: 1, editedAt: 1 },
      }),
    );
    const { store, saves } = setUp({
      [Q]: answer('v1', 1),
      'strategy:test:q:other': answer('newer', 5, 'Amina'),
    });
    expect(store.getSnapshot().restoredCount).toBe(2);
    expect(store.getSnapshot().drafts.get('strategy:test:q:other')?.state).toBe('conflict');
    await vi.advanceTimersByTimeAsync(0);
    expect(saves).toEqual([{ value: 'left behind', baseRevision: 1 }]);
  });
});
