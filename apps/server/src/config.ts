import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface SessionCookieSettings {
  name: string;
  secure: boolean;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseTarget;
  /** Origin users type in their browser, without a trailing slash. */
  publicUrl: string;
  logLevel: LogLevel;
  sessionSecret: string;
  trustProxy: boolean;
  sessionCookie: SessionCookieSettings;
  webDistDir: string;
  /** Seed the demo city on start when the install has no city (DEMO=off to disable). */
  seedDemoWhenEmpty: boolean;
}

export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `Concord cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
const SECRET_FILE = 'session-secret';

// An empty variable (PORT=) means "not set", as in most shells' `.env` habits.
const optionalText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.string().trim().optional(),
);

const envSchema = z.object({
  PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number from 1 to 65535')
      .transform(Number)
      .pipe(
        z.number().int().min(1, 'must be from 1 to 65535').max(65535, 'must be from 1 to 65535'),
      )
      .default(3000),
  ),
  HOST: optionalText.pipe(z.string().default('0.0.0.0')),
  DATA_DIR: optionalText.pipe(z.string().default('./data')),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .refine(
        isPostgresUrl,
        'must be a PostgreSQL URL such as postgres://user:password@host:5432/concord',
      )
      .optional(),
  ),
  PUBLIC_URL: optionalText.pipe(
    z
      .string()
      .refine(
        isOriginUrl,
        'must be an http(s) address without a path, such as https://concord.example.org',
      )
      .optional(),
  ),
  LOG_LEVEL: optionalText.pipe(
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  SESSION_SECRET: optionalText.pipe(
    z
      .string()
      .min(32, 'must be at least 32 characters (or leave it unset to generate one)')
      .optional(),
  ),
  TRUST_PROXY: optionalText.pipe(
    z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .transform((value) => value === 'true' || value === '1')
      .default(false),
  ),
  WEB_DIST_DIR: optionalText,
  DEMO: optionalText.pipe(z.enum(['on', 'off'], { error: 'must be on or off' }).default('on')),
});

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
  } catch {
    return false;
  }
}

function isOriginUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (url.pathname === '/' || url.pathname === '')
    );
  } catch {
    return false;
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Browsers keep `Secure` cookies on https and on http://localhost only. On any other plain-http
 * address a `__Host-` cookie would be dropped silently, so we fall back to a plain cookie there.
 */
export function chooseSessionCookie(publicUrl: string): SessionCookieSettings {
  const url = new URL(publicUrl);
  const secure = url.protocol === 'https:' || LOCAL_HOSTS.has(url.hostname);
  return secure
    ? { name: '__Host-concord_session', secure: true }
    : { name: 'concord_session', secure: false };
}

export interface ParsedEnv extends Omit<Config, 'sessionSecret'> {
  sessionSecret: string | undefined;
}

/** Pure part of config loading: validates the environment and reports every problem at once. */
export function parseEnv(env: NodeJS.ProcessEnv, cwd = process.cwd()): ParsedEnv {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`),
    );
  }
  const values = result.data;
  const dataDir = path.resolve(cwd, values.DATA_DIR);
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, '');
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir,
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL }
      : { kind: 'sqlite', file: path.join(dataDir, 'concord.db') },
    publicUrl,
    logLevel: values.LOG_LEVEL,
    sessionSecret: values.SESSION_SECRET,
    trustProxy: values.TRUST_PROXY,
    sessionCookie: chooseSessionCookie(publicUrl),
    webDistDir: values.WEB_DIST_DIR ? path.resolve(cwd, values.WEB_DIST_DIR) : DEFAULT_WEB_DIST,
    seedDemoWhenEmpty: values.DEMO === 'on',
  };
}

/**
 * Reads the session secret kept in DATA_DIR, creating it on first start so a fresh install
 * needs no configuration. Instances sharing one PostgreSQL database should set SESSION_SECRET.
 */
export function readOrCreateSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, SECRET_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) {
    throw new ConfigError([
      `${file} must hold at least 32 characters; delete it to generate a new one`,
    ]);
  }
  return secret;
}

/** Loads the configuration once at start-up. Throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = parseEnv(env, cwd);
  return {
    ...parsed,
    sessionSecret: parsed.sessionSecret ?? readOrCreateSessionSecret(parsed.dataDir),
  };
}
