import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button.js';
import { SelectField, type SelectOption } from '../../components/select-field.js';
import { TextField } from '../../components/text-field.js';
import type { FormError, FormErrors } from '../../components/use-form-errors.js';
import { useT } from '../../i18n/use-t.js';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from './audit-labels.js';
import type { AuditFilters } from './documents.types.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Narrows the log to a strategy, a person, an action or a period. The filters live in the
 * address, so a filtered view can be shared and the back button returns to the previous one.
 */
export function AuditFiltersForm(props: {
  filters: AuditFilters;
  strategies: SelectOption[];
  people: SelectOption[];
  form: FormErrors;
  clearPath: string;
  onApply: (filters: AuditFilters) => void;
}) {
  const { form, filters } = props;
  const t = useT();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const next: AuditFilters = {
      strategyId: read('strategyId'),
      userId: read('userId'),
      action: read('action'),
      from: read('from'),
      to: read('to'),
    };
    const errors: FormError[] = [];
    for (const field of ['from', 'to'] as const) {
      const value = next[field];
      if (value && !DAY.test(value)) errors.push({ field, message: t('audit.filters.dateFormat') });
    }
    if (errors.length === 0 && next.from && next.to && next.from > next.to)
      errors.push({ field: 'to', message: t('audit.filters.toBeforeFrom') });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    props.onApply(next);
  };

  const all = (label: string): SelectOption => ({ value: '', label });
  return (
    <form
      className="audit-filters"
      onSubmit={submit}
      noValidate
      aria-labelledby="audit-filters-title"
    >
      <h2 className="heading-m" id="audit-filters-title">
        {t('audit.filters.title')}
      </h2>
      <div className="audit-filters__fields">
        <SelectField
          key={`s-${filters.strategyId ?? ''}`}
          id={form.fieldId('strategyId')}
          name="strategyId"
          label={t('audit.filters.strategy')}
          defaultValue={filters.strategyId ?? ''}
          options={[all(t('audit.filters.allStrategies')), ...props.strategies]}
        />
        <SelectField
          key={`u-${filters.userId ?? ''}`}
          id={form.fieldId('userId')}
          name="userId"
          label={t('audit.filters.person')}
          defaultValue={filters.userId ?? ''}
          options={[all(t('audit.filters.everyone')), ...props.people]}
        />
        <SelectField
          key={`a-${filters.action ?? ''}`}
          id={form.fieldId('action')}
          name="action"
          label={t('audit.filters.action')}
          defaultValue={filters.action ?? ''}
          options={[
            all(t('audit.filters.allActions')),
            ...AUDIT_ACTIONS.map((action) => ({
              value: action,
              label: t(AUDIT_ACTION_LABELS[action]!),
            })),
          ]}
        />
        <TextField
          key={`f-${filters.from ?? ''}`}
          id={form.fieldId('from')}
          name="from"
          type="date"
          label={t('audit.filters.from')}
          hint={t('audit.filters.dateHint')}
          error={form.errorFor('from')}
          defaultValue={filters.from ?? ''}
          width="10"
        />
        <TextField
          key={`t-${filters.to ?? ''}`}
          id={form.fieldId('to')}
          name="to"
          type="date"
          label={t('audit.filters.to')}
          hint={t('audit.filters.dateHint')}
          error={form.errorFor('to')}
          defaultValue={filters.to ?? ''}
          width="10"
        />
      </div>
      <div className="button-group">
        <Button type="submit" variant="secondary" isInline>
          {t('audit.filters.apply')}
        </Button>
        <Link className="link" to={props.clearPath}>
          {t('audit.filters.clear')}
        </Link>
      </div>
    </form>
  );
}
