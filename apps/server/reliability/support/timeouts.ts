/**
 * Set-up and tear-down seed two cities through the API, start server processes or wait for an
 * export job; on a busy 2-core machine that takes far longer than vitest's 10 s default.
 */
export const HOOK_TIMEOUT_MS = 180_000;
