import type { CompiledQuery, Compilable } from 'kysely';
import type { Db } from './database.js';

// Stands in for a value while the query is compiled; no real value starts with a NUL character.
const PLACEHOLDER_PREFIX = '\u0000concord-value:';

type Placeholder<Values> = <Name extends keyof Values & string>(name: Name) => Values[Name];

interface PreparedEntry<Row> {
  query: CompiledQuery<Row>;
  /** For each bound parameter: the value's name, or undefined for a constant. */
  slots: (string | undefined)[];
}

function compile<Values, Row>(
  db: Db,
  build: (db: Db, value: Placeholder<Values>) => Compilable<Row>,
): PreparedEntry<Row> {
  const value = ((name: string) => `${PLACEHOLDER_PREFIX}${name}`) as Placeholder<Values>;
  const query = build(db, value).compile();
  const slots = query.parameters.map((parameter) =>
    typeof parameter === 'string' && parameter.startsWith(PLACEHOLDER_PREFIX)
      ? parameter.slice(PLACEHOLDER_PREFIX.length)
      : undefined,
  );
  return { query, slots };
}

/**
 * A query that runs on every request, built and compiled by Kysely once per database and then
 * run with new values. Building and compiling a Kysely query costs more than SQLite takes to
 * answer a primary-key lookup (`npm run bench`, api_read), so the per-request path uses these.
 * `build` must pass each changing value through `value(name)`; everything else is constant.
 * Not for use inside a transaction (it compiles against the database it is given).
 */
export function prepareQuery<Values extends Record<string, unknown>, Row>(
  build: (db: Db, value: Placeholder<Values>) => Compilable<Row>,
): (db: Db, values: Values) => Promise<Row[]> {
  const compiled = new WeakMap<Db, PreparedEntry<Row>>();
  return async function runPrepared(db, values) {
    let entry = compiled.get(db);
    if (!entry) {
      entry = compile(db, build);
      compiled.set(db, entry);
    }
    const { query, slots } = entry;
    const parameters = slots.map((slot, index) =>
      slot === undefined ? query.parameters[index] : values[slot],
    );
    const result = await db.executeQuery<Row>({ ...query, parameters });
    return result.rows;
  };
}
