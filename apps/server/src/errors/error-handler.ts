import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from './app-error.js';
import { ERROR_CATALOGUE, type ErrorCode } from './error-codes.js';

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    fields?: { path: string; message: string }[];
    [detail: string]: unknown;
  };
  requestId: string;
}

// Errors raised by Fastify itself (parsing, limits) mapped onto our catalogue.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  // A path segment longer than any id we issue cannot name anything that exists.
  FST_ERR_MAX_PARAM_LENGTH: 'not_found',
  FST_ERR_BAD_URL: 'validation_failed',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'validation_failed',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_INVALID_TYPE: 'validation_failed',
  FST_ERR_VALIDATION: 'validation_failed',
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
  503: 'not_ready',
};

/** Normalises anything thrown into an AppError; unknown errors become `internal`. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const fastifyError = error as Partial<FastifyError> | undefined;
  const byCode = fastifyError?.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (byCode) return new AppError(byCode, undefined, { cause: error });
  const status = fastifyError?.statusCode;
  const byStatus = typeof status === 'number' ? STATUS_CODES[status] : undefined;
  if (byStatus) return new AppError(byStatus, undefined, { cause: error });
  return new AppError('internal', undefined, { cause: error });
}

export function buildErrorBody(error: AppError, requestId: string): ErrorBody {
  // An internal error never shows its real message: it may hold SQL, paths or secrets.
  const message = error.code === 'internal' ? ERROR_CATALOGUE.internal.message : error.message;
  // Details go first so they can never replace the code or the message.
  const body: ErrorBody = {
    error: { ...(error.code === 'internal' ? {} : error.details), code: error.code, message },
    requestId,
  };
  if (error.fields.length > 0) body.error.fields = error.fields;
  return body;
}

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  error: AppError,
): FastifyReply {
  if (error.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(error.retryAfterSeconds));
  }
  return reply
    .code(error.status)
    .type('application/json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(buildErrorBody(error, request.id));
}

/**
 * Errors Fastify raises while routing, before any hook runs (malformed or over-long paths).
 * Passed as the `frameworkErrors` option so they too answer in the catalogue's shape.
 */
export function handleFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  sendError(reply, request, toAppError(error));
}

/** One place where every error becomes an HTTP response. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'internal') {
      request.log.error({ err: error }, 'request failed');
    } else if (appError.status >= 500) {
      request.log.warn({ err: error }, 'request refused');
    }
    return sendError(reply, request, appError);
  });
}
