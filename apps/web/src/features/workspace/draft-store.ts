import type { AnswerValue } from '@concord/domain/engine';
import { isApiError } from '../../api/api-error.js';
import {
  blockedReasonOf,
  readStoredAnswer,
  sameValue,
  toAnswerPath,
  type BlockedReason,
} from './save-outcome.js';
import { DraftStorage } from './draft-storage.js';
import type { AnswerProblem, Parsed } from './parse-raw.js';
import type { RawValue } from './raw-values.js';
import type { StoredAnswer } from './workspace.types.js';

/**
 * waiting: edited, a save is scheduled; saving: sent; invalid: our checks or the server's found
 * a problem, nothing sent until it is fixed; retrying: the server could not be reached;
 * conflict: someone else saved first; blocked: signed out or not allowed (kept on this device).
 */
export type DraftState = 'waiting' | 'saving' | 'invalid' | 'retrying' | 'conflict' | 'blocked';

export interface Conflict {
  /** The answer as it is on the server now (null: someone cleared it). */
  current: StoredAnswer | null;
  /** What this person tried to save (null: they cleared it). */
  yours: AnswerValue | null;
}

export interface Draft {
  questionId: string;
  raw: RawValue;
  baseRevision: number;
  state: DraftState;
  problems: AnswerProblem[];
  conflict?: Conflict;
  blockedReason?: BlockedReason;
}

export interface DraftSnapshot {
  drafts: ReadonlyMap<string, Draft>;
  lastSavedAt: Date | null;
  /** Drafts found on this device from an earlier visit. */
  restoredCount: number;
}

export interface DraftStoreDeps {
  storageKey: string;
  /** Saves (or clears, for undefined) one answer; resolves with the stored answer, or null when cleared. */
  save: (
    questionId: string,
    value: AnswerValue | undefined,
    baseRevision: number,
  ) => Promise<StoredAnswer | null>;
  /** The server's answer changed (saved by us, or found newer during a conflict). */
  onStored: (questionId: string, answer: StoredAnswer | null) => void;
  getStored: (questionId: string) => StoredAnswer | undefined;
  /** Checks the typing against the question; null for a question this content does not have. */
  parse: (questionId: string, raw: RawValue) => Parsed | null;
}

const SAVE_DELAY_MS = 800;
const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 20_000, 30_000];

/**
 * Autosave that never loses typing: each question's edits are debounced, sent with the revision
 * they were based on, kept in localStorage until the server acknowledges them, retried while the
 * network is down, and stopped (never overwritten) when someone else saved first.
 */
export class DraftStore {
  private readonly drafts = new Map<string, Draft>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly attempts = new Map<string, number>();
  private readonly inFlight = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly storage: DraftStorage;
  private snapshot: DraftSnapshot;
  private lastSavedAt: Date | null = null;
  private restoredCount = 0;

  constructor(private readonly deps: DraftStoreDeps) {
    this.storage = new DraftStorage(deps.storageKey);
    this.snapshot = this.buildSnapshot();
    if (typeof window !== 'undefined') window.addEventListener('online', () => this.retryNow());
    this.restore();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DraftSnapshot => this.snapshot;

  hasUnsaved(): boolean {
    return this.drafts.size > 0;
  }

  /** Edits that will not reach the server without the person: a problem, a conflict, a refusal. */
  needsPerson(): boolean {
    return [...this.drafts.values()].some(
      (draft) =>
        draft.state === 'invalid' || draft.state === 'conflict' || draft.state === 'blocked',
    );
  }

  /** Records new typing for a question and schedules its save. */
  edit(questionId: string, raw: RawValue): void {
    const existing = this.drafts.get(questionId);
    const stored = this.deps.getStored(questionId);
    const baseRevision = existing ? existing.baseRevision : (stored?.revision ?? 0);
    const parsed = this.deps.parse(questionId, raw);
    const problems = parsed?.problems ?? [];
    if (existing?.state === 'conflict') {
      this.put({ ...existing, raw, problems });
      return;
    }
    if (
      !this.inFlight.has(questionId) &&
      parsed &&
      problems.length === 0 &&
      baseRevision === (stored?.revision ?? 0) &&
      sameValue(parsed.value, stored?.value)
    ) {
      // Typed back to what is saved: nothing to send.
      this.drop(questionId);
      return;
    }
    const state: DraftState = problems.length > 0 ? 'invalid' : 'waiting';
    this.put({ questionId, raw, baseRevision, state, problems });
    if (state === 'waiting') this.schedule(questionId, SAVE_DELAY_MS);
    else this.cancelTimer(questionId);
  }

  /** Sends every waiting edit now (a "Save and continue" press), without the debounce. */
  flush(questionIds?: readonly string[]): void {
    for (const [id, draft] of this.drafts) {
      if (questionIds && !questionIds.includes(id)) continue;
      if (draft.state === 'waiting' || draft.state === 'retrying') void this.send(id);
    }
  }

  /** Tries again every save that failed for the network or a sign-in, at once. */
  retryNow(): void {
    for (const [id, draft] of this.drafts) {
      if (draft.state === 'retrying' || draft.blockedReason === 'signed-out') {
        this.attempts.delete(id);
        this.put({ ...draft, state: 'waiting' });
        void this.send(id);
      }
    }
  }

  /** Conflict resolved in favour of this person's value (as possibly edited since). */
  keepMine(questionId: string): void {
    const draft = this.drafts.get(questionId);
    if (!draft?.conflict) return;
    const { conflict: _resolved, ...rest } = draft;
    this.put({ ...rest, baseRevision: draft.conflict.current?.revision ?? 0, state: 'waiting' });
    void this.send(questionId);
  }

  /** Conflict resolved in favour of the saved value: this person's draft is dropped. */
  takeTheirs(questionId: string): void {
    const draft = this.drafts.get(questionId);
    if (!draft?.conflict) return;
    this.deps.onStored(questionId, draft.conflict.current);
    this.drop(questionId);
  }

  private restore(): void {
    for (const [questionId, saved] of Object.entries(this.storage.readAll())) {
      const parsed = this.deps.parse(questionId, saved.raw);
      const current = this.deps.getStored(questionId);
      if (!parsed || sameValue(parsed.value, current?.value)) {
        this.storage.write(questionId, null);
        continue;
      }
      this.restoredCount += 1;
      const base = { questionId, raw: saved.raw, baseRevision: saved.baseRevision };
      if ((current?.revision ?? 0) !== saved.baseRevision) {
        // Saved by someone else since this device's edit: the person chooses.
        this.drafts.set(questionId, {
          ...base,
          state: 'conflict',
          problems: parsed.problems,
          conflict: { current: current ?? null, yours: parsed.value ?? null },
        });
        continue;
      }
      const isInvalid = parsed.problems.length > 0;
      this.drafts.set(questionId, {
        ...base,
        state: isInvalid ? 'invalid' : 'waiting',
        problems: parsed.problems,
      });
      if (!isInvalid) this.schedule(questionId, 0);
    }
    this.emit();
  }

  private async send(questionId: string): Promise<void> {
    this.cancelTimer(questionId);
    const draft = this.drafts.get(questionId);
    if (!draft || draft.state === 'conflict' || draft.state === 'invalid') return;
    if (this.inFlight.has(questionId)) return; // picked up again when the current save returns
    const parsed = this.deps.parse(questionId, draft.raw);
    if (!parsed) return;
    if (parsed.problems.length > 0) {
      this.put({ ...draft, state: 'invalid', problems: parsed.problems });
      return;
    }
    if (parsed.value === undefined && draft.baseRevision === 0) {
      this.drop(questionId);
      return;
    }
    this.put({ ...draft, state: 'saving', problems: [] });
    this.inFlight.add(questionId);
    try {
      const answer = await this.deps.save(questionId, parsed.value, draft.baseRevision);
      this.inFlight.delete(questionId);
      this.acknowledge(questionId, draft.raw, answer);
    } catch (error) {
      this.inFlight.delete(questionId);
      this.fail(questionId, draft.raw, parsed.value, error);
    }
  }

  private acknowledge(questionId: string, sentRaw: RawValue, answer: StoredAnswer | null): void {
    this.deps.onStored(questionId, answer);
    this.attempts.delete(questionId);
    this.lastSavedAt = new Date();
    const current = this.drafts.get(questionId);
    if (current && current.raw !== sentRaw) {
      // Typed on while the save was on its way: save again on top of the new revision.
      const next: Draft = { ...current, baseRevision: answer?.revision ?? 0 };
      if (next.state === 'saving') next.state = 'waiting';
      this.put(next);
      if (next.state === 'waiting') this.schedule(questionId, SAVE_DELAY_MS);
      return;
    }
    this.drop(questionId);
  }

  private fail(
    questionId: string,
    sentRaw: RawValue,
    sent: AnswerValue | undefined,
    error: unknown,
  ): void {
    const draft = this.drafts.get(questionId);
    if (!draft) return;
    if (isApiError(error, 'conflict')) {
      const current = readStoredAnswer(error.details.current);
      // Someone saved exactly what this person meant to: nothing to choose between.
      if (sameValue(current?.value ?? undefined, sent)) {
        this.acknowledge(questionId, sentRaw, current);
        return;
      }
      this.deps.onStored(questionId, current);
      this.put({ ...draft, state: 'conflict', conflict: { current, yours: sent ?? null } });
      return;
    }
    if (isApiError(error, 'validation_failed') || isApiError(error, 'invalid_json')) {
      const problems: AnswerProblem[] =
        error.fields.length > 0
          ? error.fields.map((field) => ({ path: toAnswerPath(field.path), text: field.message }))
          : [{ path: '', text: error.message }];
      this.put({ ...draft, state: 'invalid', problems });
      return;
    }
    if (isApiError(error, 'payload_too_large')) {
      this.put({
        ...draft,
        state: 'invalid',
        problems: [{ path: '', messageId: 'workspace.error.tooLargeToSave' }],
      });
      return;
    }
    const blocked = blockedReasonOf(error);
    if (blocked) {
      this.put({ ...draft, state: 'blocked', blockedReason: blocked });
      return;
    }
    const attempt = (this.attempts.get(questionId) ?? 0) + 1;
    this.attempts.set(questionId, attempt);
    this.put({ ...draft, state: 'retrying' });
    const delay = RETRY_DELAYS_MS[Math.min(attempt - 1, RETRY_DELAYS_MS.length - 1)]!;
    this.schedule(questionId, delay);
  }

  private schedule(questionId: string, delayMs: number): void {
    this.cancelTimer(questionId);
    this.timers.set(
      questionId,
      setTimeout(() => void this.send(questionId), delayMs),
    );
  }

  private cancelTimer(questionId: string): void {
    const timer = this.timers.get(questionId);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(questionId);
  }

  private put(draft: Draft): void {
    const previous = this.drafts.get(draft.questionId);
    this.drafts.set(draft.questionId, draft);
    if (previous?.raw !== draft.raw || previous.baseRevision !== draft.baseRevision) {
      this.storage.write(draft.questionId, {
        raw: draft.raw,
        baseRevision: draft.baseRevision,
        editedAt: Date.now(),
      });
    }
    this.emit();
  }

  private drop(questionId: string): void {
    this.cancelTimer(questionId);
    this.drafts.delete(questionId);
    this.storage.write(questionId, null);
    this.emit();
  }

  private emit(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }

  private buildSnapshot(): DraftSnapshot {
    return {
      drafts: new Map(this.drafts),
      lastSavedAt: this.lastSavedAt,
      restoredCount: this.restoredCount,
    };
  }
}
