import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** Distinct statements named per install; past this, new texts run unnamed (bounded memory). */
const MAX_NAMED_STATEMENTS = 1000;
// Only plain data statements: a plan prepared before a schema change could no longer fit it.
const DATA_STATEMENT = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * Runs Kysely's queries as named prepared statements: PostgreSQL parses and plans each distinct
 * SQL text once per connection, then only binds values. Kysely sends unnamed statements, which
 * PostgreSQL parses and plans on every call; on a signed-in read that was most of the database
 * time (`npm run bench`, pg_read). Names are given per SQL text, the same on every connection.
 */
export function withNamedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  function nameFor(text: string): string | undefined {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMED_STATEMENTS && DATA_STATEMENT.test(text)) {
      name = `concord_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  }
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        query(textOrCursor: unknown, values?: ReadonlyArray<unknown>) {
          if (typeof textOrCursor !== 'string') return client.query(textOrCursor as never);
          const name = nameFor(textOrCursor);
          return client.query({
            text: textOrCursor,
            values: values as unknown[],
            ...(name === undefined ? {} : { name }),
          });
        },
        release: (destroy?: boolean) => client.release(destroy),
      } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
