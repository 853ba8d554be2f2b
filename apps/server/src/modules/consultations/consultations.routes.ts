import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { ContentSource } from '../content/content-catalog.js';
import { strategyIdParams } from '../strategies/strategies.schemas.js';
import { guardWorkspace } from '../strategies/workspace-guard.js';
import { getConsultationDetail } from './consultation-detail.service.js';
import {
  consultationDetailQuery,
  consultationDetailResponse,
  consultationEnvelope,
  consultationListResponse,
  consultationParams,
  createConsultationBody,
  updateConsultationBody,
} from './consultations.schemas.js';
import {
  changeConsultation,
  closeConsultation,
  createConsultation,
  listConsultations,
  publishConsultation,
} from './consultations.service.js';

const TAGS = ['participation'];

export function registerConsultationRoutes(
  api: ApiInstance,
  { db, config }: RouteContext,
  content: ContentSource,
): void {
  const base = '/cities/:cityId/strategies/:strategyId/consultations';
  const publicUrl = config.publicUrl;

  api.get(
    base,
    {
      onRequest: guardWorkspace(db, 'strategy.view'),
      schema: {
        tags: TAGS,
        summary: "The strategy's public consultations, newest first.",
        params: strategyIdParams,
        response: { 200: consultationListResponse },
      },
    },
    async (request) => ({
      consultations: await listConsultations(
        request.params,
        requireCityActor(request),
        db,
        publicUrl,
      ),
    }),
  );

  api.post(
    base,
    {
      onRequest: guardWorkspace(db, 'strategy.manage'),
      schema: {
        tags: TAGS,
        summary: 'Start a public consultation as a draft (city admins, coordinators).',
        params: strategyIdParams,
        body: createConsultationBody,
        response: { 201: consultationEnvelope },
      },
    },
    async (request, reply) => {
      const consultation = await createConsultation(
        { strategyId: request.params.strategyId, ...request.body },
        requireCityActor(request),
        db,
        { catalog: await content.get(), publicUrl },
      );
      return reply.code(201).send({ consultation });
    },
  );

  api.get(
    `${base}/:consultationId`,
    {
      onRequest: guardWorkspace(db, 'strategy.view'),
      schema: {
        tags: TAGS,
        summary:
          'A consultation with the preview of its public page, what it leaves out and the language check of its texts.',
        params: consultationParams,
        querystring: consultationDetailQuery,
        response: { 200: consultationDetailResponse },
      },
    },
    async (request) =>
      getConsultationDetail(
        { ...request.params, locale: request.query.locale },
        requireCityActor(request),
        db,
        { catalog: await content.get(), publicUrl },
      ),
  );

  api.patch(
    `${base}/:consultationId`,
    {
      onRequest: guardWorkspace(db, 'strategy.manage'),
      schema: {
        tags: TAGS,
        summary: 'Change a draft (a published consultation no longer changes).',
        params: consultationParams,
        body: updateConsultationBody,
        response: { 200: consultationEnvelope },
      },
    },
    async (request) => ({
      consultation: await changeConsultation(
        { ...request.params, ...request.body },
        requireCityActor(request),
        db,
        { catalog: await content.get(), publicUrl },
      ),
    }),
  );

  api.post(
    `${base}/:consultationId/publish`,
    {
      onRequest: guardWorkspace(db, 'strategy.manage'),
      schema: {
        tags: TAGS,
        summary:
          'Publish a draft at a random public address; the answers shown are copied now, never sensitive ones.',
        params: consultationParams,
        response: { 200: consultationEnvelope },
      },
    },
    async (request) => ({
      consultation: await publishConsultation(request.params, requireCityActor(request), db, {
        catalog: await content.get(),
        publicUrl,
      }),
    }),
  );

  api.post(
    `${base}/:consultationId/close`,
    {
      onRequest: guardWorkspace(db, 'strategy.manage'),
      schema: {
        tags: TAGS,
        summary: 'Stop taking comments now; the page stays readable.',
        params: consultationParams,
        response: { 200: consultationEnvelope },
      },
    },
    async (request) => ({
      consultation: await closeConsultation(request.params, requireCityActor(request), db, {
        publicUrl,
      }),
    }),
  );
}
