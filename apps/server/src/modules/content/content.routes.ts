import { z } from 'zod';
import type { ApiInstance } from '../../http/api-instance.js';
import type { ContentSource } from './content-catalog.js';
import {
  contentResponse,
  evaluateBody,
  evaluationResponse,
  localeQuery,
} from './content.schemas.js';
import { evaluateAnswers } from './content.service.js';

/**
 * The guide's content and the rules engine. Both are public and store nothing: the content is
 * the published guide in our words, and an evaluation only answers what the answers imply.
 */
export function registerContentRoutes(api: ApiInstance, content: ContentSource): void {
  api.get(
    '/content/strategy',
    {
      schema: {
        tags: ['content'],
        summary: 'The Strategy chapter as data (sections, questions, rules, examples), localized.',
        querystring: localeQuery,
        response: { 200: contentResponse, 304: z.null().describe('Not modified (ETag matched)') },
      },
    },
    async (request, reply) => {
      const body = (await content.get()).bodies[request.query.locale];
      reply
        .header('etag', body.etag)
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-encoding');
      if (request.headers['if-none-match'] === body.etag) return reply.code(304).send(null);
      // Serialised once at load time: a JSON string is sent as is, bypassing the serializer.
      return reply.type('application/json; charset=utf-8').send(body.json as never);
    },
  );

  api.post(
    '/evaluate',
    {
      schema: {
        tags: ['content'],
        summary: 'Evaluate answers: applicable questions, progress, findings with reasons, scores.',
        querystring: localeQuery,
        body: evaluateBody,
        response: { 200: evaluationResponse },
      },
    },
    async (request) =>
      evaluateAnswers(
        { answers: request.body.answers, today: request.body.today, locale: request.query.locale },
        await content.get(),
      ),
  );
}
