import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { describeDemoAccounts, hasDefaultDemoPassword, seedDemo } from './cli/demo-data.js';
import type { Config } from './config.js';
import { type DatabaseHandle, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { createArgon2Hasher } from './modules/auth/password-hasher.js';
import { countCities } from './modules/cities/cities.repository.js';
import { createContentSource } from './modules/content/content-catalog.js';

export interface StartOptions {
  /** Seed the demo city when the install has no city yet. */
  seedDemoWhenEmpty: boolean;
  /** Where start-up messages for people go (the logs are JSON on stdout). */
  print?: (text: string) => void;
}

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  close(): Promise<void>;
}

/** The file `concord restore` looks at to refuse replacing the database under a running server. */
export function pidFilePath(config: Config): string {
  return path.join(config.dataDir, 'concord.pid');
}

/**
 * Opens the database, applies pending migrations, seeds the demo city on an empty install,
 * and starts listening. Shared by `node dist/main.js` and `concord serve`.
 */
export async function startServer(config: Config, options: StartOptions): Promise<RunningServer> {
  const print = options.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  const database = openDatabase(config.database);
  const passwords = createArgon2Hasher();
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) print(`Database migrated: ${applied.join(', ')}`);
    if (options.seedDemoWhenEmpty && (await countCities(database.db)) === 0) {
      await seedDemo(database.db, passwords);
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const showDemo =
    options.seedDemoWhenEmpty && (await hasDefaultDemoPassword(database.db, passwords));

  const content = createContentSource();
  const app = await buildApp(config, { db: database.db, passwords, underPressure: true, content });
  await app.listen({ port: config.port, host: config.host });
  // Prepare the guide content now that requests are being served, rather than before listening.
  content.get().catch((error: unknown) => {
    app.log.error({ err: error }, 'the guide content could not be loaded');
  });
  if (config.database.kind === 'sqlite') writeFileSync(pidFilePath(config), String(process.pid));

  print(
    `Concord is running at ${config.publicUrl} (listening on ${config.host}:${config.port}, ${config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL'})`,
  );
  if (showDemo) print(describeDemoAccounts(config.publicUrl));

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await app.close();
      await database.close();
      if (config.database.kind === 'sqlite') rmSync(pidFilePath(config), { force: true });
    })();
    return closing;
  };
  return { app, database, url: config.publicUrl, close };
}

/** Stops cleanly on Ctrl+C or a container stop: finish requests, close the database. */
export function closeOnSignals(server: RunningServer): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.app.log.info({ signal }, 'shutting down');
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          server.app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
