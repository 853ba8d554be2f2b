import { isApiError } from '../../api/api-error.js';
import type { Locale } from '../../api/types.js';
import { describeApiError } from '../../components/describe-api-error.js';
import type { FormError } from '../../components/use-form-errors.js';
import type { Translate } from '../../i18n/use-t.js';
import type { ConsultationText } from './participation.types.js';

export const TITLE_MAX = 200;
export const FRAMING_MAX = 5000;

export const titleField = (lang: Locale) => `title-${lang}`;
export const framingField = (lang: Locale) => `framing-${lang}`;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The draft form's own checks, in the reader's language, before anything is sent. */
export function validateDraft(
  input: {
    languages: Locale[];
    texts: Partial<Record<Locale, ConsultationText>>;
    opensOn: string;
    closesOn: string;
  },
  t: Translate,
): FormError[] {
  const errors: FormError[] = [];
  if (input.languages.length === 0)
    errors.push({ field: 'languages', message: t('participation.form.languagesMissing') });
  for (const lang of input.languages) {
    const text = input.texts[lang];
    if ((text?.title.length ?? 0) > TITLE_MAX)
      errors.push({
        field: titleField(lang),
        message: t('participation.form.tooLong', { max: TITLE_MAX }),
      });
    if ((text?.framing.length ?? 0) > FRAMING_MAX)
      errors.push({
        field: framingField(lang),
        message: t('participation.form.tooLong', { max: FRAMING_MAX }),
      });
  }
  if (!ISO_DAY.test(input.opensOn))
    errors.push({ field: 'opensOn', message: t('participation.form.dateMissing') });
  if (!ISO_DAY.test(input.closesOn))
    errors.push({ field: 'closesOn', message: t('participation.form.dateMissing') });
  else if (ISO_DAY.test(input.opensOn) && input.closesOn < input.opensOn)
    errors.push({ field: 'closesOn', message: t('participation.form.closesBeforeOpens') });
  return errors;
}

/**
 * Server problems placed at this form's fields: `body.texts.ar.title` (or, from publishing,
 * `texts.ar.title`) lands on the Arabic title; lists land on their fieldset.
 */
export function toDraftErrors(error: unknown, t: Translate): FormError[] {
  if (!isApiError(error, 'validation_failed') || error.fields.length === 0)
    return [{ field: null, message: describeApiError(error, t) }];
  return error.fields.map((problem) => {
    const parts = problem.path.replace(/^body\./, '').split('.');
    const [first, second, third] = parts;
    let field: string | null = null;
    if (first === 'texts' && (second === 'en' || second === 'fr' || second === 'ar'))
      field = third === 'framing' ? framingField(second) : titleField(second);
    else if (
      first === 'languages' ||
      first === 'opensOn' ||
      first === 'closesOn' ||
      first === 'questionIds' ||
      first === 'definitionRowIds'
    )
      field = first;
    return { field, message: problem.message };
  });
}
