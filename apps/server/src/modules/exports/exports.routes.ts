import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { ContentSource } from '../content/content-catalog.js';
import { guardDocument } from '../documents/document-guard.js';
import type { ExportJobRunner } from './export-job-runner.js';
import { describeAttachment } from './export-formats.js';
import {
  exportJobResponse,
  exportParams,
  fileResponse,
  startExportBody,
  strategyParams,
} from './exports.schemas.js';
import { exportPortableNow, getExportFile, getExportJob, startExport } from './exports.service.js';

export function registerExportRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  { content, jobs }: { content: ContentSource; jobs: ExportJobRunner },
): void {
  const base = '/cities/:cityId/strategies/:strategyId';

  api.post(
    `${base}/exports`,
    {
      onRequest: guardDocument(db, 'export.create'),
      schema: {
        tags: ['exports'],
        summary:
          'Start an export (any member). It runs on a worker thread; poll its status, then fetch the file.',
        params: strategyParams,
        body: startExportBody,
        response: { 202: exportJobResponse },
      },
    },
    async (request, reply) => {
      const job = await startExport(
        { strategyId: request.params.strategyId, ...request.body },
        requireCityActor(request),
        { db, catalog: await content.get(), jobs },
      );
      return reply.code(202).send(job);
    },
  );

  api.get(
    `${base}/exports/:exportId`,
    {
      onRequest: guardDocument(db, 'document.view'),
      schema: {
        tags: ['exports'],
        summary: "An export's status and progress (0..1).",
        params: exportParams,
        response: { 200: exportJobResponse },
      },
    },
    async (request) => getExportJob(request.params, requireCityActor(request), db),
  );

  api.get(
    `${base}/exports/:exportId/file`,
    {
      onRequest: guardDocument(db, 'document.view'),
      schema: {
        tags: ['exports'],
        summary:
          'The exported file once done; 409 while it runs; 503 pdf_unavailable when the server cannot print PDF.',
        params: exportParams,
        response: { 200: fileResponse },
      },
    },
    async (request, reply) => {
      const file = await getExportFile(request.params, requireCityActor(request), db);
      return reply
        .type(file.mimeType)
        .header('content-disposition', describeAttachment(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  api.get(
    `${base}/export.json`,
    {
      onRequest: guardDocument(db, 'export.create'),
      schema: {
        tags: ['exports'],
        summary:
          'The whole strategy as a portable file (answers, narrative, versions), with a SHA-256 checksum, to import elsewhere.',
        params: strategyParams,
        response: { 200: fileResponse },
      },
    },
    async (request, reply) => {
      const file = await exportPortableNow(request.params, requireCityActor(request), db);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', describeAttachment(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
}
