import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { readText, toFormErrors } from '../../components/api-form-errors.js';
import { Button } from '../../components/button.js';
import { TextField } from '../../components/text-field.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import { useT } from '../../i18n/use-t.js';
import { validateStrategy } from './validate-strategy.js';
import { useCreateStrategy } from './workspace.queries.js';
import { strategyPath } from './workspace-paths.js';

const FIELDS = ['title', 'startYear', 'endYear'];

/** Starts a strategy cycle (for example 2025 to 2028), then opens its task list. */
export function CreateStrategyForm(props: { cityId: string; form: FormErrors }) {
  const { form } = props;
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateStrategy(props.cityId);
  const thisYear = new Date().getFullYear();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const input = {
      title: readText(data, 'title'),
      startYear: readText(data, 'startYear'),
      endYear: readText(data, 'endYear'),
    };
    const checked = validateStrategy(input, t);
    if (!checked.ok) return form.show(checked.errors);
    form.clear();
    create.mutate(checked.value, {
      onSuccess: ({ strategy }) =>
        navigate(strategyPath(props.cityId, strategy.id), {
          state: { notice: t('workspace.strategies.created', { title: strategy.title }) },
        }),
      onError: (error) => form.show(toFormErrors(error, FIELDS, t)),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextField
        id={form.fieldId('title')}
        name="title"
        label={t('workspace.strategies.titleLabel')}
        hint={t('workspace.strategies.titleHint')}
        error={form.errorFor('title')}
        autoComplete="off"
      />
      <TextField
        id={form.fieldId('startYear')}
        name="startYear"
        label={t('workspace.strategies.startYear')}
        hint={t('workspace.strategies.yearHint', { year: thisYear })}
        error={form.errorFor('startYear')}
        inputMode="numeric"
        width="10"
        dir="ltr"
        autoComplete="off"
      />
      <TextField
        id={form.fieldId('endYear')}
        name="endYear"
        label={t('workspace.strategies.endYear')}
        hint={t('workspace.strategies.yearHint', { year: thisYear + 3 })}
        error={form.errorFor('endYear')}
        inputMode="numeric"
        width="10"
        dir="ltr"
        autoComplete="off"
      />
      <Button type="submit" aria-disabled={create.isPending || undefined}>
        {t('workspace.strategies.submit')}
      </Button>
    </form>
  );
}
