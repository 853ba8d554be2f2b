import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';

/**
 * JSON body parser: an empty body reads as "no body" (clients often send the JSON content type
 * on a bodiless POST), invalid JSON becomes `invalid_json`, and `__proto__`/`constructor` keys
 * are refused as Fastify does by default.
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
      if (error) done(new AppError('invalid_json', undefined, { cause: error }), undefined);
      else done(null, value);
    });
  });
}
