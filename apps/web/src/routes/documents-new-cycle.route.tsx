import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { readText, toFormErrors } from '../components/api-form-errors.js';
import { Button } from '../components/button.js';
import { TextField } from '../components/text-field.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { useStartNewCycle } from '../features/documents/documents.queries.js';
import type { StrategyVersion } from '../features/documents/documents.types.js';
import '../features/documents/documents.css';
import { VersionStepLayout, VersionStepPage } from '../features/documents/version-step.js';
import type { StrategyBase } from '../features/documents/use-strategy-base.js';
import { validateStrategy } from '../features/workspace/validate-strategy.js';
import { strategyPath } from '../features/workspace/workspace-paths.js';
import '../features/workspace/workspace.css';
import { useT } from '../i18n/use-t.js';

const FIELDS = ['title', 'startYear', 'endYear'];

export function DocumentsNewCyclePage() {
  return (
    <VersionStepPage
      isAvailable={(version, base) => version.status === 'approved' && base.detail.can.manage}
    >
      {(base, version) => <NewCycle base={base} version={version} />}
    </VersionStepPage>
  );
}

/**
 * Starts the next strategy from an approved version: its answers and narrative are copied into
 * a new, editable strategy; the approved one stays locked as the council approved it.
 */
function NewCycle(props: { base: StrategyBase; version: StrategyVersion }) {
  const { base, version } = props;
  const { cityId } = base.ref;
  const { strategy } = base.detail;
  const t = useT();
  const navigate = useNavigate();
  const form = useFormErrors();
  const start = useStartNewCycle(base.ref, version.id);
  useDocumentTitle(t('documents.newCycle.title'), form.errors.length > 0);
  const span = strategy.endYear - strategy.startYear;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    const data = new FormData(event.currentTarget);
    const checked = validateStrategy(
      {
        title: readText(data, 'title'),
        startYear: readText(data, 'startYear'),
        endYear: readText(data, 'endYear'),
      },
      t,
    );
    if (!checked.ok) return form.show(checked.errors);
    form.clear();
    start.mutate(checked.value, {
      onSuccess: ({ strategy: created }) =>
        void navigate(strategyPath(cityId, created.id), {
          state: { notice: t('documents.newCycle.done', { title: created.title }) },
        }),
      onError: (error) => form.show(toFormErrors(error, FIELDS, t)),
    });
  };

  return (
    <VersionStepLayout
      base={base}
      version={version}
      form={form}
      title={t('documents.newCycle.title')}
      lead={t('documents.newCycle.lead')}
    >
      <form onSubmit={submit} noValidate>
        <TextField
          id={form.fieldId('title')}
          name="title"
          label={t('workspace.strategies.titleLabel')}
          error={form.errorFor('title')}
          defaultValue={strategy.title}
          autoComplete="off"
        />
        <TextField
          id={form.fieldId('startYear')}
          name="startYear"
          label={t('workspace.strategies.startYear')}
          error={form.errorFor('startYear')}
          defaultValue={String(strategy.endYear + 1)}
          inputMode="numeric"
          width="10"
          dir="ltr"
          autoComplete="off"
        />
        <TextField
          id={form.fieldId('endYear')}
          name="endYear"
          label={t('workspace.strategies.endYear')}
          error={form.errorFor('endYear')}
          defaultValue={String(strategy.endYear + 1 + span)}
          inputMode="numeric"
          width="10"
          dir="ltr"
          autoComplete="off"
        />
        <Button type="submit">{t('documents.newCycle.submit')}</Button>
      </form>
    </VersionStepLayout>
  );
}
