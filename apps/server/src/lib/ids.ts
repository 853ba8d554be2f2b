import { randomUUID } from 'node:crypto';

/** Ids are random UUIDs: unguessable, portable across SQLite and PostgreSQL, safe to merge. */
export function newId(): string {
  return randomUUID();
}
