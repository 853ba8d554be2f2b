import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { MigrationError, migrateToLatest } from '../db/migrate.js';
import { createArgon2Hasher } from '../modules/auth/password-hasher.js';
import { closeOnSignals, pidFilePath, startServer } from '../server.js';
import { createNetworkAdmin } from './create-admin.js';
import { describeDemoAccounts, seedDemo } from './demo-data.js';
import { CliError, type CliOutput, consoleOutput } from './output.js';
import { askQuestion } from './prompt.js';
import { backupSqlite, restoreSqlite } from './sqlite-backup.js';

const HELP = `Usage: concord <command> [options]

Commands:
  serve                     Migrate the database, add the demo city on an empty install, and serve
                            the app (PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_URL from the environment)
      --no-demo             do not add the demo city
  migrate                   Apply pending database migrations
  create-admin              Create a network admin (or make an existing account one and reset its password)
      --email <email>       asked for when missing
      --password <text>     asked for when missing (at least 12 characters)
      --name <text>         display name (default "Network Administrator")
  seed-demo                 Add the demo city "Riverside" and its demo accounts
  backup [<file>]           Copy the SQLite database safely, even while Concord runs
                            (default: DATA_DIR/backups/concord-<date>.db)
  restore <file>            Replace the SQLite database with a backup (stop Concord first);
                            the current database is kept beside it
  help                      Show this help
`;

interface Command {
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  allowPositionals?: boolean;
  run(context: {
    values: Record<string, string | boolean | undefined>;
    positionals: string[];
    output: CliOutput;
    env: NodeJS.ProcessEnv;
  }): Promise<number>;
}

async function withDatabase<T>(
  config: Config,
  work: (handle: ReturnType<typeof openDatabase>) => Promise<T>,
) {
  const handle = openDatabase(config.database);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

function requireSqlite(config: Config, what: string): string {
  if (config.database.kind !== 'sqlite') {
    throw new CliError(
      `${what} works on the built-in SQLite database. For PostgreSQL use pg_dump and pg_restore.`,
    );
  }
  return config.database.file;
}

const COMMANDS: Record<string, Command> = {
  serve: {
    options: { 'no-demo': { type: 'boolean' } },
    async run({ values, env }) {
      const config = loadConfig(env);
      const server = await startServer(config, {
        seedDemoWhenEmpty: config.seedDemoWhenEmpty && values['no-demo'] !== true,
      });
      closeOnSignals(server);
      // Keep running: the process ends on SIGINT/SIGTERM.
      return new Promise<number>(() => undefined);
    },
  },

  migrate: {
    options: {},
    async run({ output, env }) {
      const applied = await withDatabase(loadConfig(env), ({ db }) => migrateToLatest(db));
      output.info(
        applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The database is up to date.',
      );
      return 0;
    },
  },

  'create-admin': {
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    async run({ values, output, env }) {
      const config = loadConfig(env);
      const interactive = process.stdin.isTTY === true;
      const missing = (['email', 'password'] as const).filter(
        (key) => typeof values[key] !== 'string',
      );
      if (missing.length > 0 && !interactive) {
        throw new CliError(`Missing ${missing.map((key) => `--${key}`).join(' and ')}.`);
      }
      const email = typeof values.email === 'string' ? values.email : await askQuestion('Email: ');
      const password =
        typeof values.password === 'string'
          ? values.password
          : await askQuestion('Password (at least 12 characters): ', { hidden: true });
      const name = typeof values.name === 'string' ? values.name : undefined;
      const result = await withDatabase(config, async ({ db }) => {
        await migrateToLatest(db);
        return createNetworkAdmin({ email, password, name }, db, createArgon2Hasher());
      });
      output.info(
        result.created
          ? `Network admin ${email.trim().toLowerCase()} created.`
          : `${email.trim().toLowerCase()} already had an account: it is now a network admin with the new password (its sessions were signed out).`,
      );
      return 0;
    },
  },

  'seed-demo': {
    options: {},
    async run({ output, env }) {
      const config = loadConfig(env);
      const result = await withDatabase(config, async ({ db }) => {
        await migrateToLatest(db);
        return seedDemo(db, createArgon2Hasher());
      });
      output.info(
        result.created ? describeDemoAccounts(config.publicUrl) : 'The demo data is already there.',
      );
      return 0;
    },
  },

  backup: {
    options: { to: { type: 'string' } },
    allowPositionals: true,
    async run({ values, positionals, output, env }) {
      const config = loadConfig(env);
      const source = requireSqlite(config, 'backup');
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const destination = path.resolve(
        (typeof values.to === 'string' ? values.to : positionals[0]) ??
          path.join(config.dataDir, 'backups', `concord-${stamp}.db`),
      );
      const { bytes } = await backupSqlite(source, destination);
      output.info(
        `Backup written to ${destination} (${Math.ceil(bytes / 1024)} KB, integrity ok).`,
      );
      return 0;
    },
  },

  restore: {
    options: { from: { type: 'string' } },
    allowPositionals: true,
    async run({ values, positionals, output, env }) {
      const config = loadConfig(env);
      const target = requireSqlite(config, 'restore');
      const from = typeof values.from === 'string' ? values.from : positionals[0];
      if (!from) throw new CliError('Say which backup to restore: concord restore <file>');
      const result = await restoreSqlite({
        backupFile: path.resolve(from),
        targetFile: target,
        pidFile: pidFilePath(config),
      });
      output.info(`Restored ${path.resolve(from)} (integrity ok).`);
      if (result.migrationsApplied.length > 0)
        output.info(`Migrated: ${result.migrationsApplied.join(', ')}`);
      if (result.previousCopy)
        output.info(`The previous database was kept as ${result.previousCopy}`);
      return 0;
    },
  },
};

/** Runs one CLI command; returns the process exit code. */
export async function runCli(
  argv: string[],
  {
    output = consoleOutput,
    env = process.env,
  }: { output?: CliOutput; env?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    output.info(HELP);
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    output.error(`Unknown command "${name}".\n\n${HELP}`);
    return 1;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: command.options ?? {},
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
    return await command.run({
      values: values as Record<string, string | boolean | undefined>,
      positionals,
      output,
      env,
    });
  } catch (error) {
    if (
      error instanceof CliError ||
      error instanceof ConfigError ||
      error instanceof MigrationError
    ) {
      output.error(error.message);
      return 1;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      output.error(`${(error as Error).message}\n\n${HELP}`);
      return 1;
    }
    throw error;
  }
}
