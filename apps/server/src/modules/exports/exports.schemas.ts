import { z } from 'zod';
import { idText } from '../documents/text-fields.js';
import { LOCALES } from '../users/user.js';
import { EXPORT_STATUSES } from './export-job.js';
import { EXPORT_FORMATS } from './export-formats.js';

export const strategyParams = z.strictObject({
  cityId: z.string().max(100),
  strategyId: idText(),
});

export const exportParams = strategyParams.extend({ exportId: idText() });

export const startExportBody = z.strictObject({
  format: z.enum(EXPORT_FORMATS, { error: `Choose one of: ${EXPORT_FORMATS.join(', ')}.` }),
  locale: z
    .enum(LOCALES, { error: `Choose one of: ${LOCALES.join(', ')}.` })
    .optional()
    .describe('Language of the document; default: yours'),
  audience: z
    .enum(['council', 'public'], { error: 'Choose one of: council, public.' })
    .default('council')
    .describe('public leaves out everything marked sensitive'),
  versionId: idText()
    .optional()
    .describe(
      'A version to export; default: the approved version if there is one, else the working draft',
    ),
});

export const exportJobResponse = z.object({
  exportId: z.string(),
  strategyId: z.string(),
  versionId: z.string().nullable(),
  format: z.enum(EXPORT_FORMATS),
  locale: z.string(),
  audience: z.string(),
  status: z.enum(EXPORT_STATUSES),
  progress: z.number().min(0).max(1),
  error: z
    .object({ code: z.string(), message: z.string() })
    .nullable()
    .describe('Why a failed export failed: pdf_unavailable (no Chromium) or internal'),
  fileName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const fileResponse = z
  .any()
  .describe('The file, as an attachment (Content-Disposition) with its MIME type');
