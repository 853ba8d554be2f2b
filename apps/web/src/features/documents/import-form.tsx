import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error.js';
import { readText, toFormErrors } from '../../components/api-form-errors.js';
import { Button } from '../../components/button.js';
import {
  describedBy,
  FieldError,
  FieldHint,
  formGroupClass,
} from '../../components/field-parts.js';
import { TextField } from '../../components/text-field.js';
import type { FormError, FormErrors } from '../../components/use-form-errors.js';
import type { MessageId } from '../../i18n/load-messages.js';
import type { Translate } from '../../i18n/use-t.js';
import { useT } from '../../i18n/use-t.js';
import { strategyPath } from '../workspace/workspace-paths.js';
import { useImportStrategy } from './documents.queries.js';

/** The server's limit: a strategy with many versions stays far below it. */
const FILE_MAX_BYTES = 8 * 1024 * 1024;
const TITLE_MAX = 200;
/** The few problems of the server's list worth showing under its sentence. */
const FIELD_PROBLEMS_SHOWN = 10;

/**
 * Sends a portable strategy file's text to the server, which checks it fully (format, version,
 * checksum, answers) and creates a new strategy or changes nothing. A file that is plainly not
 * a Concord export (a Word file chosen by mistake) is explained at once, in the reader's language.
 */
export function ImportForm(props: { cityId: string; form: FormErrors }) {
  const { form } = props;
  const t = useT();
  const navigate = useNavigate();
  const safeId = useId();
  const upload = useImportStrategy(props.cityId);
  const [isReading, setIsReading] = useState(false);
  const fileId = form.fieldId('file');
  const fileError = form.errorFor('file');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending || isReading) return;
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    const title = readText(data, 'title');
    if (!(file instanceof File) || file.size === 0) {
      form.show([{ field: 'file', message: t('documents.import.fileMissing') }]);
      return;
    }
    if (file.size > FILE_MAX_BYTES) {
      form.show([{ field: 'file', message: t('documents.import.tooLarge') }]);
      return;
    }
    if (title.length > TITLE_MAX) {
      form.show([
        { field: 'title', message: t('documents.import.titleTooLong', { max: TITLE_MAX }) },
      ]);
      return;
    }
    setIsReading(true);
    const text = await readFileText(file);
    setIsReading(false);
    const problem = text === null ? 'documents.import.notJson' : checkLooksPortable(text);
    if (problem || text === null) {
      form.show([
        { field: 'file', message: t(problem ?? 'documents.import.notJson', { name: file.name }) },
      ]);
      return;
    }
    form.clear();
    upload.mutate(
      { file: text, title: title || undefined },
      {
        onSuccess: ({ strategy }) =>
          void navigate(strategyPath(props.cityId, strategy.id), {
            state: { notice: t('documents.import.done', { title: strategy.title }) },
          }),
        onError: (failure) => form.show(importErrors(failure, t)),
      },
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className={formGroupClass(fileError)}>
        <label className="label" htmlFor={fileId}>
          {t('documents.import.fileLabel')}
        </label>
        <FieldHint id={fileId} hint={t('documents.import.fileHint')} />
        <FieldError id={fileId} error={fileError} />
        <input
          className={fileError ? 'file-upload file-upload--error' : 'file-upload'}
          id={fileId}
          name="file"
          type="file"
          accept=".json,application/json"
          aria-describedby={describedBy({ id: fileId, hint: true, error: fileError })}
          aria-invalid={fileError ? true : undefined}
        />
      </div>
      <TextField
        id={form.fieldId('title')}
        name="title"
        label={t('documents.import.titleLabel')}
        hint={t('documents.import.titleHint')}
        error={form.errorFor('title')}
        autoComplete="off"
      />
      <p className="body" id={safeId}>
        {t('documents.import.safe')}
      </p>
      <Button type="submit" aria-describedby={safeId}>
        {t('documents.import.submit')}
      </Button>
      <p className="body" role="status" aria-live="polite">
        {isReading || upload.isPending ? t('documents.import.working') : ''}
      </p>
    </form>
  );
}

async function readFileText(file: File): Promise<string | null> {
  try {
    return await file.text();
  } catch {
    return null;
  }
}

/**
 * Only the plainest mistakes are caught here (not JSON, not a Concord file); versions,
 * checksum and answers are the server's to judge.
 */
function checkLooksPortable(text: string): MessageId | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'documents.import.notJson';
  }
  const isPortable =
    typeof data === 'object' &&
    data !== null &&
    (data as { format?: unknown }).format === 'concord-strategy';
  return isPortable ? null : 'documents.import.notConcord';
}

/** The server's sentence on the file field, then the first places in the file it names. */
function importErrors(failure: unknown, t: Translate): FormError[] {
  if (!isApiError(failure) || failure.details.code !== 'import_invalid')
    return toFormErrors(failure, ['file', 'title'], t);
  // The places inside the file (body.file.answers.<id>), not the file as a whole again.
  const places = failure.fields
    .filter((item) => item.path.startsWith('body.file.') && item.message !== failure.message)
    .slice(0, FIELD_PROBLEMS_SHOWN)
    .map((item) => ({
      field: null,
      message: `${item.path.slice('body.file.'.length)}: ${item.message}`,
    }));
  return [{ field: 'file', message: failure.message }, ...places];
}
