import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../src/errors/error-codes.js';

const DOC_PATH = fileURLToPath(new URL('../../../docs/errors.md', import.meta.url));

function readDocumentedCodes(): Record<string, number> {
  const rows = readFileSync(DOC_PATH, 'utf8').matchAll(/^\|\s*`([a-z_]+)`\s*\|\s*(\d{3})\s*\|/gm);
  return Object.fromEntries([...rows].map((match) => [match[1], Number(match[2])]));
}

describe('error catalogue', () => {
  it('docs/errors.md lists exactly the codes of error-codes.ts, with the same statuses', () => {
    const inCode = Object.fromEntries(
      Object.entries(ERROR_CATALOGUE).map(([code, { status }]) => [code, status]),
    );
    expect(readDocumentedCodes()).toEqual(inCode);
  });

  it('every default message is a plain sentence', () => {
    for (const { message } of Object.values(ERROR_CATALOGUE)) {
      expect(message).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('the internal error message is the fixed one from the API contract', () => {
    expect(ERROR_CATALOGUE.internal).toEqual({
      status: 500,
      message: 'Something went wrong on our side.',
    });
  });
});
