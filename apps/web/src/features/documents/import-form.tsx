import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error.js';
import { toFormErrors } from '../../components/api-form-errors.js';
import { Button } from '../../components/button.js';
import {
  describedBy,
  FieldError,
  FieldHint,
  formGroupClass,
} from '../../components/field-parts.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';
import { strategyPath } from '../workspace/workspace-paths.js';
import { useImportStrategy } from './documents.queries.js';

/** Larger than any real strategy export by far; a bigger file is not one. */
const FILE_MAX_BYTES = 20 * 1024 * 1024;

// The server says why a file was refused; each reason gets the app's own words where it names one.
const REASONS: Record<string, MessageId> = {
  'not-concord': 'documents.import.notConcord',
  not_concord: 'documents.import.notConcord',
  newer: 'documents.import.newer',
  'newer-version': 'documents.import.newer',
  corrupted: 'documents.import.corrupted',
};

/**
 * Reads a portable strategy file in the browser (so an obviously wrong file is explained at
 * once), then sends it to the server, which checks it fully and creates a new strategy or
 * changes nothing.
 */
export function ImportForm(props: { cityId: string; form: FormErrors }) {
  const { form } = props;
  const t = useT();
  const navigate = useNavigate();
  const hintId = useId();
  const upload = useImportStrategy(props.cityId);
  const [isReading, setIsReading] = useState(false);
  const fieldId = form.fieldId('file');
  const error = form.errorFor('file');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending || isReading) return;
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) {
      form.show([{ field: 'file', message: t('documents.import.fileMissing') }]);
      return;
    }
    if (file.size > FILE_MAX_BYTES) {
      form.show([{ field: 'file', message: t('documents.import.tooLarge') }]);
      return;
    }
    setIsReading(true);
    const parsed = await readJson(file);
    setIsReading(false);
    if (parsed === undefined) {
      form.show([{ field: 'file', message: t('documents.import.notJson', { name: file.name }) }]);
      return;
    }
    form.clear();
    upload.mutate(parsed, {
      onSuccess: ({ strategy }) =>
        void navigate(strategyPath(props.cityId, strategy.id), {
          state: { notice: t('documents.import.done', { title: strategy.title }) },
        }),
      onError: (failure) => {
        if (isApiError(failure) && failure.details.code === 'import_invalid') {
          const reason =
            typeof failure.details.reason === 'string'
              ? REASONS[failure.details.reason]
              : undefined;
          form.show([{ field: 'file', message: reason ? t(reason) : failure.message }]);
          return;
        }
        form.show(toFormErrors(failure, ['file'], t).map((item) => ({ ...item, field: 'file' })));
      },
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className={formGroupClass(error)}>
        <label className="label" htmlFor={fieldId}>
          {t('documents.import.fileLabel')}
        </label>
        <FieldHint id={fieldId} hint={t('documents.import.fileHint')} />
        <FieldError id={fieldId} error={error} />
        <input
          className={error ? 'file-upload file-upload--error' : 'file-upload'}
          id={fieldId}
          name="file"
          type="file"
          accept=".json,application/json"
          aria-describedby={describedBy({ id: fieldId, hint: true, error })}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <p className="body" id={hintId}>
        {t('documents.import.safe')}
      </p>
      <Button type="submit" aria-describedby={hintId}>
        {t('documents.import.submit')}
      </Button>
      <p className="body" role="status" aria-live="polite">
        {isReading || upload.isPending ? t('documents.import.working') : ''}
      </p>
    </form>
  );
}

async function readJson(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text()) as unknown;
  } catch {
    return undefined;
  }
}
