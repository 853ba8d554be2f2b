/** The closed catalogue of error codes the server may answer with (see .team/API.md). */
export type ApiErrorCode =
  | 'validation_failed'
  | 'invalid_json'
  | 'payload_too_large'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'csrf_rejected'
  | 'not_found'
  | 'conflict'
  | 'invitation_invalid'
  | 'rate_limited'
  | 'not_ready'
  | 'internal'
  | 'network';

export interface ApiFieldError {
  /** Path as the server reports it, for example `body.email`. */
  path: string;
  message: string;
}

/** A failed API call, carrying the server's code so the UI can choose its own plain words. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fields: ApiFieldError[];
  readonly requestId: string | undefined;
  /** The whole error object the server sent, for errors that carry more (a 409's current value). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(input: {
    status: number;
    code: ApiErrorCode;
    message: string;
    fields?: ApiFieldError[];
    requestId?: string | undefined;
    details?: Readonly<Record<string, unknown>> | undefined;
  }) {
    super(input.message);
    this.name = 'ApiError';
    this.status = input.status;
    this.code = input.code;
    this.fields = input.fields ?? [];
    this.requestId = input.requestId;
    this.details = input.details ?? {};
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** Field name the UI uses for a server path: `body.email` -> `email`, `body.languages.0` -> `languages`. */
export function toFieldName(path: string): string {
  const parts = path.split('.').filter((part) => part !== 'body' && !/^\d+$/.test(part));
  return parts[0] ?? path;
}
