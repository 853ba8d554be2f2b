import type { RawValue } from './raw-values.js';

/** What survives a closed tab: the typing and the revision it was based on. */
export interface StoredDraft {
  raw: RawValue;
  baseRevision: number;
  editedAt: number;
}

/**
 * Unsaved edits kept in localStorage until the server acknowledges them. Each write re-reads
 * the stored object and changes one question only, so two tabs on the same strategy do not wipe
 * each other's drafts.
 */
export class DraftStorage {
  constructor(private readonly key: string) {}

  readAll(): Record<string, StoredDraft> {
    try {
      const text = localStorage.getItem(this.key);
      if (!text) return {};
      const parsed: unknown = JSON.parse(text);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, StoredDraft>)
        : {};
    } catch {
      return {};
    }
  }

  write(questionId: string, draft: StoredDraft | null): void {
    const all = this.readAll();
    if (draft) all[questionId] = draft;
    else delete all[questionId];
    try {
      if (Object.keys(all).length === 0) localStorage.removeItem(this.key);
      else localStorage.setItem(this.key, JSON.stringify(all));
    } catch {
      // Storage full or refused (private browsing): the draft still lives in memory and is saved
      // as soon as the server answers; only a closed tab could lose it, and the page warns.
    }
  }
}
