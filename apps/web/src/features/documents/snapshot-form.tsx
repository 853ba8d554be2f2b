import { useState, type FormEvent } from 'react';
import { toFormErrors } from '../../components/api-form-errors.js';
import { Button } from '../../components/button.js';
import { TextField } from '../../components/text-field.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import { useT } from '../../i18n/use-t.js';
import type { StrategyRef } from '../workspace/workspace-api.js';
import { useCreateVersion } from './documents.queries.js';

export const LABEL_MAX = 200;

/** Takes a snapshot of the answers and narrative as they are now, under a name people recognise. */
export function SnapshotForm(props: {
  strategyRef: StrategyRef;
  form: FormErrors;
  onCreated: (notice: string) => void;
}) {
  const { form } = props;
  const t = useT();
  const create = useCreateVersion(props.strategyRef);
  const [label, setLabel] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const trimmed = label.trim();
    if (trimmed === '') {
      form.show([{ field: 'label', message: t('documents.snapshot.labelMissing') }]);
      return;
    }
    if (trimmed.length > LABEL_MAX) {
      form.show([
        { field: 'label', message: t('documents.snapshot.labelTooLong', { max: LABEL_MAX }) },
      ]);
      return;
    }
    form.clear();
    create.mutate(trimmed, {
      onSuccess: ({ version }) => {
        setLabel('');
        props.onCreated(t('documents.snapshot.created', { label: version.label }));
      },
      onError: (error) => form.show(toFormErrors(error, ['label'], t)),
    });
  };

  return (
    <section aria-labelledby="snapshot-title">
      <h2 className="heading-l" id="snapshot-title">
        {t('documents.snapshot.title')}
      </h2>
      <p className="body">{t('documents.snapshot.lead')}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id={form.fieldId('label')}
          name="label"
          label={t('documents.snapshot.label')}
          hint={t('documents.snapshot.hint')}
          error={form.errorFor('label')}
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          autoComplete="off"
        />
        <Button type="submit">{t('documents.snapshot.submit')}</Button>
      </form>
    </section>
  );
}
