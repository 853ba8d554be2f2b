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
