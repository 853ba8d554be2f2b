import type { FormEvent } from 'react';
import type { User } from '../../api/types.js';
import { readText, toFormErrors } from '../../components/api-form-errors.js';
import { Button } from '../../components/button.js';
import { ChoiceFieldset } from '../../components/choice-fieldset.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/text-field.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import { isLocale, LOCALE_NAMES, SUPPORTED_LOCALES } from '../../i18n/locales.js';
import { useT } from '../../i18n/use-t.js';
import { useUpdateMe } from '../session/me.mutations.js';
import { validateDetails } from './validate-account.js';

/** Name and language; a new language applies to the whole app as soon as it is saved. */
export function DetailsForm(props: {
  user: User;
  form: FormErrors;
  onSaved: (message: string) => void;
}) {
  const { form } = props;
  const t = useT();
  const updateMe = useUpdateMe();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (updateMe.isPending) return;
    const data = new FormData(event.currentTarget);
    const name = readText(data, 'name');
    const locale = data.get('locale');
    const errors = validateDetails({ name, locale: isLocale(locale) ? locale : null }, t);
    if (errors.length > 0 || !isLocale(locale)) return form.show(errors);
    form.clear();
    updateMe.mutate(
      { name, locale },
      {
        onSuccess: () => props.onSaved(t('account.detailsSaved')),
        onError: (error) => form.show(toFormErrors(error, ['name', 'locale'], t)),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="account-details-title">
      <h2 className="heading-l" id="account-details-title">
        {t('account.detailsTitle')}
      </h2>
      <ErrorSummary form={form} />
      <TextField
        id={form.fieldId('name')}
        name="name"
        label={t('account.name')}
        hint={t('account.nameHint')}
        autoComplete="name"
        spellCheck={false}
        defaultValue={props.user.name}
        error={form.errorFor('name')}
      />
      <ChoiceFieldset
        id={form.fieldId('locale')}
        name="locale"
        type="radio"
        legend={t('account.locale')}
        hint={t('account.localeHint')}
        choices={SUPPORTED_LOCALES.map((locale) => ({
          value: locale,
          label: LOCALE_NAMES[locale],
          lang: locale,
        }))}
        defaultValues={[props.user.locale]}
        isSmall
        error={form.errorFor('locale')}
      />
      <Button type="submit">{t('account.saveDetails')}</Button>
    </form>
  );
}
