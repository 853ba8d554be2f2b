import { z } from 'zod';
import { writtenText } from '../documents/text-fields.js';

/** The largest file accepted: a strategy with many versions stays far below it. */
export const IMPORT_MAX_CHARS = 8 * 1024 * 1024;

export const importParams = z.strictObject({ cityId: z.string().max(100) });

export const importBody = z.strictObject({
  file: z
    .string({ error: 'Send the content of the file as text.' })
    .min(1, 'The file is empty.')
    .max(IMPORT_MAX_CHARS, 'This file is larger than 8 MB, too large for a strategy export.')
    .describe('The text of a file exported with GET .../export.json'),
  title: writtenText({ min: 1, max: 200 })
    .optional()
    .describe("A title for the imported strategy; default: the file's"),
});
