/**
 * The closed catalogue of error codes the API can return. Each code maps to exactly one HTTP
 * status and a default plain-language message; docs/errors.md documents the same list and a test
 * keeps the two in step. Add a code here only together with its documentation.
 */
export const ERROR_CATALOGUE = {
  validation_failed: { status: 400, message: 'Some of the information sent is not valid.' },
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  payload_too_large: { status: 413, message: 'The request is too large.' },
  unauthenticated: { status: 401, message: 'Sign in to continue.' },
  invalid_credentials: { status: 401, message: 'The email address or password is not right.' },
  forbidden: { status: 403, message: 'You do not have permission to do this.' },
  csrf_rejected: {
    status: 403,
    message: 'This request was blocked because it did not come from Concord itself.',
  },
  not_found: { status: 404, message: 'We could not find what you asked for.' },
  conflict: { status: 409, message: 'This change conflicts with the current state.' },
  locked: {
    status: 409,
    message:
      'This strategy was approved, so it can no longer be changed. Start a new cycle from it.',
  },
  import_invalid: { status: 400, message: 'This file cannot be imported.' },
  invitation_invalid: {
    status: 410,
    message: 'This invitation link is no longer valid. Ask for a new invitation.',
  },
  rate_limited: { status: 429, message: 'Too many attempts. Wait a few minutes and try again.' },
  not_ready: { status: 503, message: 'Concord is not ready yet. Try again in a moment.' },
  pdf_unavailable: {
    status: 503,
    message:
      'This server cannot make PDF files. Open the print view and use your browser to save it as PDF.',
  },
  internal: { status: 500, message: 'Something went wrong on our side.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];
