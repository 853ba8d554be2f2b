import type SQLite from 'better-sqlite3';

/**
 * Every row, in every table, that mentions one of `needles` (a city's ids and its marker word),
 * as sorted text. Taken before and after a run, equal snapshots mean nothing of that city was
 * changed, deleted, or newly pointed at from elsewhere (e.g. an assignment naming its people).
 */
export function snapshotRowsMentioning(connection: SQLite.Database, needles: string[]): string[] {
  const tables = connection
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .all() as { name: string }[];
  const lowered = needles.map((needle) => needle.toLowerCase());
  const rows: string[] = [];
  for (const { name } of tables) {
    for (const row of connection.prepare(`select * from "${name}"`).all()) {
      const text = JSON.stringify(row);
      const lower = text.toLowerCase();
      if (lowered.some((needle) => lower.includes(needle))) rows.push(`${name} ${text}`);
    }
  }
  return rows.sort();
}

/** Rows present in only one of two snapshots. */
export function diffSnapshots(
  before: string[],
  after: string[],
): { removed: string[]; added: string[] } {
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  return {
    removed: before.filter((row) => !afterSet.has(row)),
    added: after.filter((row) => !beforeSet.has(row)),
  };
}
