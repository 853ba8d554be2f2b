import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';

/** Keys secure-json-parse refuses: they could reach a prototype after a careless merge. */
function isPrototypeKey(key: string, value: unknown): boolean {
  if (key === '__proto__') return true;
  return (
    key === 'constructor' &&
    value !== null &&
    typeof value === 'object' &&
    Object.prototype.hasOwnProperty.call(value, 'prototype')
  );
}

/**
 * Where a refused prototype key sits in a body that is otherwise valid JSON (e.g.
 * `body.answers.__proto__`), so the 400 names the field like any other validation problem.
 * Walks with its own stack: bodies can nest deeper than the call stack allows.
 */
function findForbiddenKey(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const stack: { value: unknown; path: string }[] = [{ value, path: 'body' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (current === null || typeof current !== 'object') continue;
    for (const key of Object.keys(current)) {
      const child = (current as Record<string, unknown>)[key];
      if (isPrototypeKey(key, child)) return `${path}.${key}`;
      stack.push({ value: child, path: `${path}.${key}` });
    }
  }
  return null;
}

/**
 * Where a string holding a NUL character sits (e.g. `body.name` or `body.value.0.note`).
 * PostgreSQL refuses NUL in text, so such a body must be a 400 naming the field on every
 * database, never a failed insert. Only called when the raw text may hold one (cheap check).
 */
function findNulString(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: 'body' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    for (const key of Object.keys(current)) {
      if (key.includes('\u0000')) return `${path}.${key}`;
      stack.push({ value: (current as Record<string, unknown>)[key], path: `${path}.${key}` });
    }
  }
  return null;
}

/**
 * JSON body parser: an empty body reads as "no body" (clients often send the JSON content type
 * on a bodiless POST), invalid JSON becomes `invalid_json`, and `__proto__`/`constructor` keys
 * are refused as Fastify does by default, with a 400 naming the key.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, (error, value) => {
      if (!error) {
        const nulAt = text.includes('\\u0000') ? findNulString(value) : null;
        if (nulAt) {
          done(
            new AppError('validation_failed', undefined, {
              fields: [{ path: nulAt, message: 'Text may not contain a null character.' }],
            }),
            undefined,
          );
          return;
        }
        done(null, value);
        return;
      }
      const forbidden = findForbiddenKey(text);
      done(
        forbidden
          ? new AppError('validation_failed', undefined, {
              fields: [{ path: forbidden, message: 'This field name is not allowed.' }],
              cause: error,
            })
          : new AppError('invalid_json', undefined, { cause: error }),
        undefined,
      );
    });
  });
}
