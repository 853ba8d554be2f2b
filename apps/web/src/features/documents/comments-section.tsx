import { selectLabels, STRATEGY_CHAPTER_KEYS } from '@concord/domain/document';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { toFormErrors } from '../../components/api-form-errors.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadingMessage } from '../../components/loading-message.js';
import { SelectField } from '../../components/select-field.js';
import { useFormErrors } from '../../components/use-form-errors.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useT } from '../../i18n/use-t.js';
import { describeApiError } from '../../components/describe-api-error.js';
import type { StrategyRef } from '../workspace/workspace-api.js';
import { useComments, usePostComment } from './documents.queries.js';
import { TextAreaField } from './text-area-field.js';
import type { StrategyVersion, VersionComment } from './documents.types.js';

export const COMMENT_MAX = 5_000;

/**
 * Reviewers' comments on a version, one list per chapter, and (while the version is in review)
 * a form to add one to a chapter.
 */
export function CommentsSection(props: {
  strategyRef: StrategyRef;
  version: StrategyVersion;
  canComment: boolean;
}) {
  const t = useT();
  const intl = useIntl();
  const { locale } = useLocale();
  const chapters = selectLabels(locale).chapters;
  const comments = useComments(props.strategyRef, props.version.id);
  const sectionTitle = (sectionId: string) =>
    (chapters as Record<string, string>)[sectionId] ?? sectionId;

  const grouped = new Map<string, VersionComment[]>();
  for (const comment of comments.data ?? []) {
    const list = grouped.get(comment.sectionId) ?? [];
    list.push(comment);
    grouped.set(comment.sectionId, list);
  }
  const order = [
    ...STRATEGY_CHAPTER_KEYS.filter((key) => grouped.has(key)),
    ...[...grouped.keys()].filter(
      (key) => !(STRATEGY_CHAPTER_KEYS as readonly string[]).includes(key),
    ),
  ];

  return (
    <section aria-labelledby="comments-title">
      <h2 className="heading-l" id="comments-title">
        {t('documents.comments.title')}
      </h2>
      {props.canComment ? (
        <p className="body">{t('documents.comments.lead')}</p>
      ) : (
        <p className="body">{t('documents.comments.closed')}</p>
      )}
      {comments.isPending ? (
        <LoadingMessage />
      ) : comments.isError ? (
        <p className="body">{describeApiError(comments.error, t)}</p>
      ) : order.length === 0 ? (
        <p className="body">{t('documents.comments.none')}</p>
      ) : (
        order.map((sectionId) => (
          <div className="comment-group" key={sectionId}>
            <h3 className="heading-m">{sectionTitle(sectionId)}</h3>
            <ul className="comment-list">
              {grouped.get(sectionId)!.map((comment) => {
                const author = comment.author;
                return (
                  <li className="comment-list__item" key={comment.id}>
                    <p className="hint comment-list__meta">
                      {t('documents.comments.meta', {
                        name: author.name,
                        when: intl.formatDate(comment.createdAt, {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                        }),
                      })}
                    </p>
                    <p className="body narrative-text" dir="auto">
                      {comment.text}
                    </p>
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
      {props.canComment ? (
        <CommentForm
          strategyRef={props.strategyRef}
          versionId={props.version.id}
          sections={STRATEGY_CHAPTER_KEYS.map((key) => ({ value: key, label: chapters[key] }))}
        />
      ) : null}
    </section>
  );
}

function CommentForm(props: {
  strategyRef: StrategyRef;
  versionId: string;
  sections: { value: string; label: string }[];
}) {
  const t = useT();
  const form = useFormErrors();
  const post = usePostComment(props.strategyRef, props.versionId);
  const [sectionId, setSectionId] = useState(props.sections[0]?.value ?? '');
  const [text, setText] = useState('');
  const [saved, setSaved] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (post.isPending) return;
    const trimmed = text.trim();
    if (trimmed === '') {
      form.show([{ field: 'text', message: t('documents.comments.textMissing') }]);
      return;
    }
    if (trimmed.length > COMMENT_MAX) {
      form.show([
        { field: 'text', message: t('documents.comments.textTooLong', { max: COMMENT_MAX }) },
      ]);
      return;
    }
    form.clear();
    post.mutate(
      { sectionId, text: trimmed },
      {
        onSuccess: () => {
          setText('');
          const section = props.sections.find((item) => item.value === sectionId)?.label ?? '';
          setSaved(t('documents.comments.added', { section }));
        },
        onError: (error) => form.show(toFormErrors(error, ['sectionId', 'text'], t)),
      },
    );
  };

  return (
    <form
      className="comment-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="comment-form-title"
    >
      <h3 className="heading-m" id="comment-form-title">
        {t('documents.comments.formTitle')}
      </h3>
      <ErrorSummary form={form} />
      <SelectField
        id={form.fieldId('sectionId')}
        name="sectionId"
        label={t('documents.comments.section')}
        value={sectionId}
        onChange={(event) => setSectionId(event.currentTarget.value)}
        error={form.errorFor('sectionId')}
        options={props.sections}
      />
      <TextAreaField
        id={form.fieldId('text')}
        label={t('documents.comments.text')}
        hint={t('documents.comments.hint', { max: COMMENT_MAX })}
        error={form.errorFor('text')}
        value={text}
        onChange={setText}
      />
      <Button type="submit">{t('documents.comments.submit')}</Button>
      <p className="body" role="status" aria-live="polite">
        {saved}
      </p>
    </form>
  );
}
