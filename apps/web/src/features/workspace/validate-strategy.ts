import type { FormError } from '../../components/use-form-errors.js';
import type { Translate } from '../../i18n/use-t.js';
import type { NewStrategy } from './workspace-api.js';

export const TITLE_MAX = 200;
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
/** A strategy longer than this is a typing slip more often than a plan. */
const SPAN_MAX = 20;

export type Checked = { ok: true; value: NewStrategy } | { ok: false; errors: FormError[] };

/** Mirrors the server's checks so that most mistakes are explained before anything is sent. */
export function validateStrategy(
  input: { title: string; startYear: string; endYear: string },
  t: Translate,
): Checked {
  const errors: FormError[] = [];
  if (input.title === '')
    errors.push({ field: 'title', message: t('workspace.strategies.titleMissing') });
  else if (input.title.length > TITLE_MAX)
    errors.push({
      field: 'title',
      message: t('workspace.strategies.titleTooLong', { max: TITLE_MAX }),
    });
  const start = readYear(input.startYear, 'startYear', t, errors);
  const end = readYear(input.endYear, 'endYear', t, errors);
  if (start !== null && end !== null) {
    if (end < start)
      errors.push({ field: 'endYear', message: t('workspace.strategies.endBeforeStart') });
    else if (end - start > SPAN_MAX)
      errors.push({
        field: 'endYear',
        message: t('workspace.strategies.tooLong', { max: SPAN_MAX }),
      });
  }
  if (errors.length > 0 || start === null || end === null) return { ok: false, errors };
  return { ok: true, value: { title: input.title, startYear: start, endYear: end } };
}

function readYear(
  text: string,
  field: 'startYear' | 'endYear',
  t: Translate,
  errors: FormError[],
): number | null {
  if (text === '') {
    errors.push({
      field,
      message:
        field === 'startYear'
          ? t('workspace.strategies.startMissing')
          : t('workspace.strategies.endMissing'),
    });
    return null;
  }
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) {
    errors.push({
      field,
      message: t('workspace.strategies.yearFormat', { min: YEAR_MIN, max: YEAR_MAX }),
    });
    return null;
  }
  return year;
}
