import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { ContentSource } from '../content/content-catalog.js';
import { guardDocument } from '../documents/document-guard.js';
import { startNewCycle } from './new-cycle.service.js';
import { compareVersions } from './version-compare.js';
import { addVersionComment, listVersionComments } from './version-comments.service.js';
import {
  commentBody,
  commentEnvelope,
  commentListResponse,
  commentsQuery,
  compareQuery,
  compareResponse,
  createVersionBody,
  newCycleBody,
  newCycleResponse,
  strategyParams,
  transitionBody,
  versionDetailResponse,
  versionEnvelope,
  versionListResponse,
  versionParams,
} from './versions.schemas.js';
import { createVersion, getVersion, listVersions, transitionVersion } from './versions.service.js';

export function registerVersionRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  content: ContentSource,
): void {
  const base = '/cities/:cityId/strategies/:strategyId/versions';

  api.get(
    base,
    {
      onRequest: guardDocument(db, 'document.view'),
      schema: {
        tags: ['versions'],
        summary: 'The versions of the strategy, newest first, with the lock and what you may do.',
        params: strategyParams,
        response: { 200: versionListResponse },
      },
    },
    async (request) => listVersions(request.params, requireCityActor(request), db),
  );

  api.post(
    base,
    {
      onRequest: guardDocument(db, 'version.manage'),
      schema: {
        tags: ['versions'],
        summary:
          'Snapshot the answers, narrative and findings as a new draft version (city admins, coordinators).',
        params: strategyParams,
        body: createVersionBody,
        response: { 201: versionEnvelope },
      },
    },
    async (request, reply) => {
      const version = await createVersion(
        { strategyId: request.params.strategyId, label: request.body.label },
        requireCityActor(request),
        db,
        await content.get(),
      );
      return reply.code(201).send({ version });
    },
  );

  api.get(
    `${base}/compare`,
    {
      onRequest: guardDocument(db, 'document.view'),
      schema: {
        tags: ['versions'],
        summary: 'Two versions (or a version and "current") side by side: answers and narrative.',
        params: strategyParams,
        querystring: compareQuery,
        response: { 200: compareResponse },
      },
    },
    async (request) =>
      compareVersions(
        { strategyId: request.params.strategyId, ...request.query },
        requireCityActor(request),
        db,
        await content.get(),
      ),
  );

  api.get(
    `${base}/:versionId`,
    {
      onRequest: guardDocument(db, 'document.view'),
      schema: {
        tags: ['versions'],
        summary: 'One version with its snapshot.',
        params: versionParams,
        response: { 200: versionDetailResponse },
      },
    },
    async (request) => getVersion(request.params, requireCityActor(request), db),
  );

  api.post(
    `${base}/:versionId/transition`,
    {
      onRequest: guardDocument(db, 'version.manage'),
      schema: {
        tags: ['versions'],
        summary:
          'Move a version: draft -> in-review -> submitted -> approved | returned (city admins, coordinators). Approving records the decision and locks the strategy.',
        params: versionParams,
        body: transitionBody,
        response: { 200: versionEnvelope },
      },
    },
    async (request) => ({
      version: await transitionVersion(
        { ...request.params, ...request.body },
        requireCityActor(request),
        db,
      ),
    }),
  );

  api.get(
    `${base}/:versionId/comments`,
    {
      onRequest: guardDocument(db, 'document.view'),
      schema: {
        tags: ['versions'],
        summary: "Reviewers' comments on the version, oldest first.",
        params: versionParams,
        querystring: commentsQuery,
        response: { 200: commentListResponse },
      },
    },
    async (request) => ({
      comments: await listVersionComments(
        { ...request.params, ...request.query },
        requireCityActor(request),
        db,
      ),
    }),
  );

  api.post(
    `${base}/:versionId/comments`,
    {
      onRequest: guardDocument(db, 'version.comment'),
      schema: {
        tags: ['versions'],
        summary: 'Comment on a section of a version in review (every member but viewers).',
        params: versionParams,
        body: commentBody,
        response: { 201: commentEnvelope },
      },
    },
    async (request, reply) => {
      const comment = await addVersionComment(
        { ...request.params, ...request.body },
        requireCityActor(request),
        db,
        await content.get(),
      );
      return reply.code(201).send({ comment });
    },
  );

  api.post(
    `${base}/:versionId/new-cycle`,
    {
      onRequest: guardDocument(db, 'version.manage'),
      schema: {
        tags: ['versions'],
        summary:
          'Start the next strategy cycle from an approved version: a new strategy with its answers and narrative.',
        params: versionParams,
        body: newCycleBody,
        response: { 201: newCycleResponse },
      },
    },
    async (request, reply) => {
      const strategy = await startNewCycle(
        { ...request.params, ...(request.body ?? {}) },
        requireCityActor(request),
        db,
        await content.get(),
      );
      return reply.code(201).send({ strategy });
    },
  );
}
