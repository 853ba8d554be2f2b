import { z } from 'zod';
import { idText } from './text-fields.js';
import { LOCALES } from '../users/user.js';
import { strategyDocumentSchema } from './document-model.schemas.js';
import { DOCUMENT_KINDS } from './document-sources.js';

export const documentParams = z.strictObject({
  cityId: z.string().max(100),
  strategyId: idText(),
});

export const documentQuery = z.strictObject({
  kind: z
    .enum(DOCUMENT_KINDS, { error: `Choose one of: ${DOCUMENT_KINDS.join(', ')}.` })
    .default('strategy'),
  locale: z
    .enum(LOCALES, { error: `Choose one of: ${LOCALES.join(', ')}.` })
    .optional()
    .describe('Default: your language'),
  audience: z
    .enum(['council', 'public'], { error: 'Choose one of: council, public.' })
    .default('council')
    .describe('public leaves out everything marked sensitive'),
  versionId: idText()
    .optional()
    .describe('Default: the approved version if there is one, else the working draft'),
});

export const documentResponse = z.object({ document: strategyDocumentSchema });
