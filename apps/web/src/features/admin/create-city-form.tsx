import { useMemo, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { City } from '../../api/types.js';
import { readText, toFormErrors } from '../../components/api-form-errors.js';
import { Button } from '../../components/button.js';
import { ChoiceFieldset } from '../../components/choice-fieldset.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import { SelectField } from '../../components/select-field.js';
import { TextField } from '../../components/text-field.js';
import { useT } from '../../i18n/use-t.js';
import { countryName, languageName } from '../cities/display-names.js';
import { CITY_LANGUAGE_TAGS, COUNTRY_CODES } from './country-codes.js';
import { useCreateCity } from './create-city.mutation.js';
import { guessTimeZone, listTimeZones } from './time-zones.js';
import { validateNewCity } from './validate-city.js';

export function CreateCityForm(props: { form: FormErrors; onCreated: (city: City) => void }) {
  const { form } = props;
  const t = useT();
  const intl = useIntl();
  const create = useCreateCity();
  const [formKey, setFormKey] = useState(0);

  const countries = useMemo(() => {
    const collator = new Intl.Collator(intl.locale);
    const named = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, intl) }));
    return [
      { value: '', label: t('adminCities.countryChoose') },
      ...named.sort((a, b) => collator.compare(a.label, b.label)),
    ];
  }, [intl, t]);
  const languages = useMemo(() => {
    const collator = new Intl.Collator(intl.locale);
    const named = CITY_LANGUAGE_TAGS.map((tag) => ({ value: tag, label: languageName(tag, intl) }));
    return named.sort((a, b) => collator.compare(a.label, b.label));
  }, [intl]);
  const timeZones = useMemo(
    () => listTimeZones().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
    [],
  );

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const input = {
      name: readText(data, 'name'),
      country: readText(data, 'country'),
      languages: data
        .getAll('languages')
        .filter((value): value is string => typeof value === 'string'),
      timeZone: readText(data, 'timeZone'),
    };
    const errors = validateNewCity(input, t);
    if (errors.length > 0) return form.show(errors);
    form.clear();
    create.mutate(input, {
      onSuccess: ({ city }) => {
        setFormKey((key) => key + 1);
        props.onCreated(city);
      },
      onError: (error) =>
        form.show(toFormErrors(error, ['name', 'country', 'languages', 'timeZone'], t)),
    });
  }

  return (
    <form key={formKey} onSubmit={submit} noValidate>
      <TextField
        id={form.fieldId('name')}
        name="name"
        label={t('adminCities.name')}
        hint={t('adminCities.nameHint')}
        autoComplete="off"
        error={form.errorFor('name')}
      />
      <SelectField
        id={form.fieldId('country')}
        name="country"
        label={t('adminCities.country')}
        options={countries}
        defaultValue=""
        error={form.errorFor('country')}
      />
      <ChoiceFieldset
        id={form.fieldId('languages')}
        name="languages"
        type="checkbox"
        legend={t('adminCities.languages')}
        hint={t('adminCities.languagesHint')}
        choices={languages}
        isSmall
        error={form.errorFor('languages')}
      />
      <SelectField
        id={form.fieldId('timeZone')}
        name="timeZone"
        label={t('adminCities.timeZone')}
        hint={t('adminCities.timeZoneHint')}
        options={timeZones}
        defaultValue={guessTimeZone()}
        error={form.errorFor('timeZone')}
      />
      <Button type="submit">{t('adminCities.submit')}</Button>
    </form>
  );
}
