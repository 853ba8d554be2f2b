import { ERROR_CATALOGUE, type ErrorCode } from './error-codes.js';

export interface FieldProblem {
  /** Where the problem is, e.g. `body.email` or `params.cityId`. */
  path: string;
  message: string;
}

export interface AppErrorOptions {
  fields?: FieldProblem[];
  /** Seconds the client should wait before retrying (sent as Retry-After). */
  retryAfterSeconds?: number;
  /** Extra facts a client needs to act on the error (e.g. both values of a conflict). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/**
 * The only error type services throw on purpose. It carries a catalogue code; the HTTP status
 * is derived from the code in one place (the error handler), so services never speak HTTP.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldProblem[];
  readonly retryAfterSeconds: number | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, options: AppErrorOptions = {}) {
    super(message ?? ERROR_CATALOGUE[code].message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Shorthand for the most common 400: one or more fields with a problem. */
export function invalidFields(fields: FieldProblem[], message?: string): AppError {
  return new AppError('validation_failed', message, { fields });
}
