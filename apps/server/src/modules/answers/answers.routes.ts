import { z } from 'zod';
import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { ContentSource } from '../content/content-catalog.js';
import { guardWorkspace } from '../strategies/workspace-guard.js';
import {
  answerConflictResponse,
  answerEnvelope,
  answerListResponse,
  answerParams,
  clearAnswerQuery,
  saveAnswerBody,
  saveSectionBody,
  sectionParams,
  sectionSaveResponse,
  strategyParams,
} from './answers.schemas.js';
import { listAnswers, saveAnswer, saveSectionAnswers } from './answers.service.js';

export function registerAnswerRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  content: ContentSource,
): void {
  const base = '/cities/:cityId/strategies/:strategyId';

  api.get(
    `${base}/answers`,
    {
      onRequest: guardWorkspace(db, 'strategy.view'),
      schema: {
        tags: ['answers'],
        summary: 'Every answer of the strategy, with its revision, author and time.',
        params: strategyParams,
        response: { 200: answerListResponse },
      },
    },
    async (request) => listAnswers(request.params, requireCityActor(request), db),
  );

  api.put(
    `${base}/answers/:questionId`,
    {
      onRequest: guardWorkspace(db, 'answers.edit-assigned'),
      schema: {
        tags: ['answers'],
        summary:
          'Save one answer from the revision you started from; 409 with both values when someone changed it since.',
        params: answerParams,
        body: saveAnswerBody,
        response: { 200: answerEnvelope, 409: answerConflictResponse },
      },
    },
    async (request) => ({
      answer: await saveAnswer(
        { ...request.params, ...request.body },
        requireCityActor(request),
        db,
        await content.get(),
      ),
    }),
  );

  api.delete(
    `${base}/answers/:questionId`,
    {
      onRequest: guardWorkspace(db, 'answers.edit-assigned'),
      schema: {
        tags: ['answers'],
        summary: 'Clear one answer (same revision rule as saving).',
        params: answerParams,
        querystring: clearAnswerQuery,
        response: { 204: z.null().describe('Cleared'), 409: answerConflictResponse },
      },
    },
    async (request, reply) => {
      await saveAnswer(
        { ...request.params, value: null, baseRevision: request.query.baseRevision },
        requireCityActor(request),
        db,
        await content.get(),
      );
      return reply.code(204).send(null);
    },
  );

  api.put(
    `${base}/sections/:sectionId/answers`,
    {
      onRequest: guardWorkspace(db, 'answers.edit-assigned'),
      schema: {
        tags: ['answers'],
        summary: 'Save a section page at once: every answer is saved, or none is.',
        params: sectionParams,
        body: saveSectionBody,
        response: { 200: sectionSaveResponse, 409: answerConflictResponse },
      },
    },
    async (request) => ({
      answers: await saveSectionAnswers(
        { ...request.params, answers: request.body.answers },
        requireCityActor(request),
        db,
        await content.get(),
      ),
    }),
  );
}
