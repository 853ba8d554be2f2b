import { randomUUID } from 'node:crypto';

/** Ids are random UUIDs: unguessable, portable across SQLite and PostgreSQL, safe to merge. */
export function newId(): string {
  return randomUUID();
}

/**
 * False for a string no stored id can equal: one holding a NUL character, which PostgreSQL
 * refuses in a query (so asking would fail instead of finding nothing).
 */
export function couldBeStoredId(value: string): boolean {
  return !value.includes('\u0000');
}
