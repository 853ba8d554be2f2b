import { ApiError, type ApiErrorCode, type ApiFieldError } from './api-error.js';

const API_PREFIX = '/api/v1';

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_rejected',
  'not_found',
  'conflict',
  'invitation_invalid',
  'rate_limited',
  'not_ready',
  'internal',
]);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/** Calls the Concord API on the same origin; resolves with the JSON body, or undefined for 204. */
export async function requestApi<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = {
    method,
    headers,
    credentials: 'same-origin',
    signal: options.signal ?? null,
  };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${path}`, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'network', message: 'The server could not be reached.' });
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await readJson(response);
  if (response.ok) return payload as T;
  throw toApiError(response, payload);
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => requestApi<T>('GET', path, { signal }),
  post: <T>(path: string, body?: unknown) => requestApi<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => requestApi<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => requestApi<T>('PATCH', path, { body }),
  delete: (path: string) => requestApi<void>('DELETE', path),
};

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, payload: unknown): ApiError {
  const body = isRecord(payload) && isRecord(payload.error) ? payload.error : {};
  const code =
    typeof body.code === 'string' && KNOWN_CODES.has(body.code)
      ? body.code
      : codeForStatus(response.status);
  const fields = Array.isArray(body.fields) ? body.fields.filter(isFieldError) : [];
  return new ApiError({
    status: response.status,
    code: code as ApiErrorCode,
    message: typeof body.message === 'string' ? body.message : response.statusText,
    fields,
    requestId:
      isRecord(payload) && typeof payload.requestId === 'string' ? payload.requestId : undefined,
    details: body,
  });
}

// Proxies and rate limiters may answer before the API does, without our error body.
function codeForStatus(status: number): ApiErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 410) return 'invitation_invalid';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'not_ready';
  if (status >= 400 && status < 500) return 'validation_failed';
  return 'internal';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFieldError(value: unknown): value is ApiFieldError {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}
