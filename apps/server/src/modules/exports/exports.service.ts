import type { Audience } from '@concord/domain/document';
import type { Db } from '../../db/database.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { newId } from '../../lib/ids.js';
import { toTimestamp } from '../../lib/time.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { gatherDocumentSources } from '../documents/document-sources.js';
import { assertDocumentCan } from '../documents/documents.policy.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import type { Locale } from '../users/user.js';
import type { ExportJobRunner, PendingExport } from './export-job-runner.js';
import { EXPORT_RETENTION_MS, type ExportJob, exportRowToJob } from './export-job.js';
import { type ExportFormat, FORMAT_SPECS, composeFileName } from './export-formats.js';
import {
  deleteExportsCreatedBefore,
  findExportFile,
  findExportJobRow,
  insertExportRow,
} from './exports.repository.js';
import { buildPortableStrategy, serializePortableStrategy } from './portable-export.js';

export interface ExportRequest {
  strategyId: string;
  format: ExportFormat;
  locale?: Locale | undefined;
  audience: Audience;
  versionId?: string | undefined;
}

/**
 * Queues an export and returns at once; a worker thread does the work. The sources are read
 * now, so a version that does not exist is a 404 here rather than a failed job later.
 */
export async function startExport(
  input: ExportRequest,
  actor: CityActor,
  { db, catalog, jobs }: { db: Db; catalog: ContentCatalog; jobs: ExportJobRunner },
): Promise<ExportJob> {
  assertDocumentCan(actor, 'export.create');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const spec = FORMAT_SPECS[input.format];
  const locale = input.locale ?? actor.user.locale;
  const now = new Date();
  const exportId = newId();

  let pending: PendingExport;
  let fileName: string;
  let resolvedVersionId: string | null = null;
  if (spec.kind === 'portable') {
    if (input.versionId !== undefined) {
      throw invalidFields([
        {
          path: 'body.versionId',
          message: 'The portable file always holds the whole strategy with every version.',
        },
      ]);
    }
    fileName = composeFileName({ title: strategy.title, kind: 'portable', extension: 'json' });
    pending = {
      exportId,
      kind: 'portable',
      produce: async () =>
        serializePortableStrategy(await buildPortableStrategy(strategy, db, now)),
    };
  } else {
    const { sources, version } = await gatherDocumentSources(
      {
        strategy,
        versionId: input.versionId,
        kind: spec.kind,
        locale,
        audience: input.audience,
        now,
      },
      db,
      catalog,
    );
    fileName = composeFileName({
      title: sources.strategy.title,
      versionLabel: version?.label,
      kind: spec.kind,
      locale,
      extension: spec.extension,
    });
    pending = { exportId, kind: 'document', sources, render: spec.render };
    resolvedVersionId = version?.id ?? null;
  }

  const row = {
    id: exportId,
    city_id: strategy.cityId,
    strategy_id: strategy.id,
    version_id: resolvedVersionId,
    format: input.format,
    locale,
    audience: input.audience,
    status: 'queued',
    progress: 0,
    error_code: null,
    error_message: null,
    file_name: fileName,
    mime_type: spec.mimeType,
    file: null,
    created_by: actor.userId,
    created_at: toTimestamp(now),
    updated_at: toTimestamp(now),
  };
  await deleteExportsCreatedBefore(db, {
    cityId: strategy.cityId,
    before: toTimestamp(new Date(now.getTime() - EXPORT_RETENTION_MS)),
  });
  await insertExportRow(db, row);
  jobs.start(pending);
  return exportRowToJob(row, now);
}

export async function getExportJob(
  input: { strategyId: string; exportId: string },
  actor: CityActor,
  db: Db,
): Promise<ExportJob> {
  assertDocumentCan(actor, 'document.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const row = await findExportJobRow(db, {
    cityId: strategy.cityId,
    strategyId: strategy.id,
    exportId: input.exportId,
  });
  if (!row) throw new AppError('not_found', 'There is no such export. Files are kept for a day.');
  return exportRowToJob(row, new Date());
}

/** The finished file; a job still running or failed says so with its own error. */
export async function getExportFile(
  input: { strategyId: string; exportId: string },
  actor: CityActor,
  db: Db,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const job = await getExportJob(input, actor, db);
  if (job.status === 'failed') {
    if (job.error?.code === 'pdf_unavailable') {
      throw new AppError('pdf_unavailable', job.error.message);
    }
    throw new AppError('conflict', job.error?.message ?? 'This export failed. Start it again.');
  }
  if (job.status !== 'done') {
    throw new AppError('conflict', 'This export is not ready yet. Wait until its status is done.', {
      details: { status: job.status, progress: job.progress },
    });
  }
  const file = await findExportFile(db, {
    cityId: actor.city.cityId,
    strategyId: job.strategyId,
    exportId: job.exportId,
  });
  if (!file?.file) throw new AppError('not_found');
  return {
    fileName: file.file_name ?? `export.${FORMAT_SPECS[job.format].extension}`,
    mimeType: file.mime_type ?? 'application/octet-stream',
    bytes: Buffer.from(file.file),
  };
}

/** The portable file straight away (small: answers and text, no rendering). */
export async function exportPortableNow(
  input: { strategyId: string },
  actor: CityActor,
  db: Db,
): Promise<{ fileName: string; bytes: Buffer }> {
  assertDocumentCan(actor, 'export.create');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const file = await buildPortableStrategy(strategy, db, new Date());
  return {
    fileName: composeFileName({ title: strategy.title, kind: 'portable', extension: 'json' }),
    bytes: serializePortableStrategy(file),
  };
}
