import { z } from 'zod';
import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import { answerResponse } from '../answers/answers.schemas.js';
import type { ContentSource } from '../content/content-catalog.js';
import { guardWorkspace } from '../strategies/workspace-guard.js';
import {
  commentEnvelope,
  commentListQuery,
  commentListResponse,
  commentParams,
  linkBody,
  moderationBody,
  replyBody,
} from './comments.schemas.js';
import { linkComment, listComments, moderateComment, replyToComment } from './comments.service.js';
import { consultationParams } from './consultations.schemas.js';
import { summarizeConsultation } from './summary.service.js';

const TAGS = ['participation'];

export function registerCommentRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  content: ContentSource,
): void {
  const base = '/cities/:cityId/strategies/:strategyId/consultations/:consultationId';
  const comment = `${base}/comments/:commentId`;
  const guard = guardWorkspace(db, 'strategy.manage');

  api.get(
    `${base}/comments`,
    {
      onRequest: guard,
      schema: {
        tags: TAGS,
        summary: "Residents' comments for moderation, oldest first (city admins, coordinators).",
        params: consultationParams,
        querystring: commentListQuery,
        response: { 200: commentListResponse },
      },
    },
    async (request) => ({
      comments: await listComments(
        { ...request.params, status: request.query.status },
        requireCityActor(request),
        db,
      ),
    }),
  );

  api.put(
    `${comment}/moderation`,
    {
      onRequest: guard,
      schema: {
        tags: TAGS,
        summary: 'Approve a comment (it becomes public) or reject it with a reason kept internal.',
        params: commentParams,
        body: moderationBody,
        response: { 200: commentEnvelope },
      },
    },
    async (request) => ({
      comment: await moderateComment(
        { ...request.params, ...request.body },
        requireCityActor(request),
        db,
      ),
    }),
  );

  api.put(
    `${comment}/reply`,
    {
      onRequest: guard,
      schema: {
        tags: TAGS,
        summary: "The city's answer, shown publicly under the comment once it is approved.",
        params: commentParams,
        body: replyBody,
        response: { 200: commentEnvelope },
      },
    },
    async (request) => ({
      comment: await replyToComment(
        { ...request.params, text: request.body.text },
        requireCityActor(request),
        db,
      ),
    }),
  );

  api.delete(
    `${comment}/reply`,
    {
      onRequest: guard,
      schema: {
        tags: TAGS,
        summary: 'Remove the reply.',
        params: commentParams,
        response: { 200: commentEnvelope },
      },
    },
    async (request) => ({
      comment: await replyToComment(
        { ...request.params, text: null },
        requireCityActor(request),
        db,
      ),
    }),
  );

  api.put(
    `${comment}/link`,
    {
      onRequest: guard,
      schema: {
        tags: TAGS,
        summary: 'Record the change in the strategy this comment led to (a question and a note).',
        params: commentParams,
        body: linkBody,
        response: { 200: commentEnvelope },
      },
    },
    async (request) => ({
      comment: await linkComment(
        { ...request.params, link: request.body },
        requireCityActor(request),
        db,
        await content.get(),
      ),
    }),
  );

  api.delete(
    `${comment}/link`,
    {
      onRequest: guard,
      schema: {
        tags: TAGS,
        summary: 'Remove the link to a change.',
        params: commentParams,
        response: { 200: commentEnvelope },
      },
    },
    async (request) => ({
      comment: await linkComment(
        { ...request.params, link: null },
        requireCityActor(request),
        db,
        await content.get(),
      ),
    }),
  );

  api.post(
    `${base}/summary`,
    {
      onRequest: guard,
      schema: {
        tags: TAGS,
        summary:
          'Write the summary by section and topic into the consultation log (strategy:considerations:q:consultations) as one row.',
        params: consultationParams,
        response: {
          200: z.object({
            answer: answerResponse,
            row: z.record(z.string(), z.unknown()).describe('The consultation log row written'),
          }),
        },
      },
    },
    async (request) =>
      summarizeConsultation(request.params, requireCityActor(request), db, await content.get()),
  );
}
