import SQLite from 'better-sqlite3';

/** Every row of every table, as sorted text: two equal dumps hold the same data. */
export function dumpSqlite(file: string): string[] {
  const connection = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = connection
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[];
    return tables
      .flatMap(({ name }) =>
        connection
          .prepare(`select * from "${name}"`)
          .all()
          .map((row) => `${name} ${JSON.stringify(row)}`),
      )
      .sort();
  } finally {
    connection.close();
  }
}

export function integrityOf(file: string): string {
  const connection = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return (connection.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
  } finally {
    connection.close();
  }
}
