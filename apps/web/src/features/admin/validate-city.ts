import type { FormError } from '../../components/use-form-errors.js';
import type { Translate } from '../../i18n/use-t.js';
import type { NewCity } from './create-city.mutation.js';

export const CITY_NAME_MAX_LENGTH = 200;

export function validateNewCity(input: NewCity, t: Translate): FormError[] {
  const errors: FormError[] = [];
  if (input.name === '') errors.push({ field: 'name', message: t('adminCities.nameMissing') });
  else if (input.name.length > CITY_NAME_MAX_LENGTH) {
    errors.push({
      field: 'name',
      message: t('adminCities.nameTooLong', { max: CITY_NAME_MAX_LENGTH }),
    });
  }
  if (input.country === '')
    errors.push({ field: 'country', message: t('adminCities.countryMissing') });
  if (input.languages.length === 0)
    errors.push({ field: 'languages', message: t('adminCities.languagesMissing') });
  if (input.timeZone === '')
    errors.push({ field: 'timeZone', message: t('adminCities.timeZoneMissing') });
  return errors;
}
