import { useIntl } from 'react-intl';
import type { FormEvent } from 'react';
import { readText } from '../../components/api-form-errors.js';
import { Button } from '../../components/button.js';
import { ChoiceFieldset } from '../../components/choice-fieldset.js';
import { FieldError, FieldHint, formGroupClass } from '../../components/field-parts.js';
import { SelectField } from '../../components/select-field.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';
import type { Workspace } from '../workspace/workspace-context.js';
import { TOPIC_LABELS, partLabel, questionLabel } from './consultation-labels.js';
import type { CommentChange } from './participation.queries.js';
import {
  CONSULTATION_TOPICS,
  type Comment,
  type CommentStatus,
  type ConsultationTopic,
} from './participation.types.js';
import './participation.css';

const STATUS_LABELS: Record<CommentStatus, MessageId> = {
  pending: 'participation.comments.status.pending',
  approved: 'participation.comments.status.approved',
  rejected: 'participation.comments.status.rejected',
};

const REASON_MAX = 500;
const REPLY_MAX = 2000;
const NOTE_MAX = 1000;

function defaultTopic(part: string): ConsultationTopic {
  if (part === 'framing') return 'conceptual-approach';
  if (part === 'definitions') return 'terminology';
  return 'priorities';
}

export const commentField = (commentId: string, name: string) => `${name}-${commentId}`;

function TextArea(props: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  defaultValue?: string | undefined;
}) {
  const { id, error } = props;
  return (
    <div className={formGroupClass(error)}>
      <label className="label" htmlFor={id}>
        {props.label}
      </label>
      <FieldHint id={id} hint={props.hint} />
      <FieldError id={id} error={error} />
      <textarea
        className={error ? 'textarea textarea--error' : 'textarea'}
        id={id}
        name={props.name}
        rows={4}
        dir="auto"
        defaultValue={props.defaultValue}
        aria-describedby={
          [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
          undefined
        }
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

/**
 * One resident's comment for moderators: what it says and where, then folded forms to approve
 * it (with the topic it is filed under), reject it (with a reason that stays internal), answer
 * it publicly, and link it to the change it led to.
 */
export function CommentCard(props: {
  comment: Comment;
  workspace: Workspace;
  form: FormErrors;
  isSaving: boolean;
  onChange: (change: CommentChange) => void;
}) {
  const { comment, workspace, form } = props;
  const t = useT();
  const intl = useIntl();
  const field = (name: string) => commentField(comment.id, name);
  const where = partLabel(comment.part, workspace.compiled, t);
  const who = comment.authorName ?? t('participation.comments.noName');
  const name = t('participation.comments.commentBy', { name: who });

  const submit =
    (build: (data: FormData) => CommentChange | string[]) =>
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (props.isSaving) return;
      const result = build(new FormData(event.currentTarget));
      if (Array.isArray(result)) {
        const [fieldName, message] = result;
        form.show([{ field: field(fieldName!), message: message! }]);
        return;
      }
      props.onChange(result);
    };

  const questions = workspace.compiled.sections.flatMap((section) =>
    section.questionIds.map((id) => ({
      value: id,
      label: `${section.source.title}: ${questionLabel(id, workspace.compiled)}`,
    })),
  );

  return (
    <article className="card comment-card" aria-labelledby={`${comment.id}-title`}>
      <h3 className="heading-s" id={`${comment.id}-title`}>
        {t('participation.comments.on', { part: where })}
      </h3>
      <p className="body hint">
        <bdi>{who}</bdi> ·{' '}
        {intl.formatDate(comment.createdAt, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
        {t(STATUS_LABELS[comment.status])}
        {comment.topic ? ` · ${t(TOPIC_LABELS[comment.topic])}` : ''}
      </p>
      <p className="body preview__text" lang={comment.language} dir="auto">
        {comment.body}
      </p>
      {comment.rejectionReason ? (
        <p className="body">
          {t('participation.comments.reasonShown', { reason: comment.rejectionReason })}
        </p>
      ) : null}
      {comment.reply ? (
        <div className="inset-text">
          <p className="body">
            <strong>{t('participation.comments.replyLabel')}</strong>
          </p>
          <p className="body preview__text" dir="auto">
            {comment.reply}
          </p>
        </div>
      ) : null}
      {comment.link ? (
        <p className="body">
          {t('participation.comments.linkShown', {
            question: questionLabel(comment.link.questionId, workspace.compiled),
            note: comment.link.note,
          })}
        </p>
      ) : null}

      <details className="details">
        <summary className="details__summary">
          <span className="details__summary-text">
            {comment.status === 'approved'
              ? t('participation.comments.changeTopic')
              : t('participation.comments.approve')}
            <span className="visually-hidden"> {name}</span>
          </span>
        </summary>
        <div className="details__text">
          <form
            noValidate
            onSubmit={submit((data) => ({
              kind: 'moderate',
              status: 'approved',
              topic: (readText(data, 'topic') || defaultTopic(comment.part)) as ConsultationTopic,
            }))}
          >
            <ChoiceFieldset
              id={form.fieldId(field('topic'))}
              name="topic"
              type="radio"
              isSmall
              legend={t('participation.comments.topic')}
              hint={t('participation.comments.topicHint')}
              choices={CONSULTATION_TOPICS.map((topic) => ({
                value: topic,
                label: t(TOPIC_LABELS[topic]),
              }))}
              defaultValues={[comment.topic ?? defaultTopic(comment.part)]}
            />
            <Button type="submit" aria-disabled={props.isSaving || undefined}>
              {t('participation.comments.approveButton')}
              <span className="visually-hidden"> {name}</span>
            </Button>
          </form>
        </div>
      </details>

      {comment.status !== 'rejected' ? (
        <details className="details" open={form.errorFor(field('reason')) ? true : undefined}>
          <summary className="details__summary">
            <span className="details__summary-text">
              {t('participation.comments.reject')}
              <span className="visually-hidden"> {name}</span>
            </span>
          </summary>
          <div className="details__text">
            <form
              noValidate
              onSubmit={submit((data) => {
                const reason = readText(data, 'reason');
                if (reason === '') return ['reason', t('participation.comments.reasonMissing')];
                if (reason.length > REASON_MAX)
                  return ['reason', t('participation.form.tooLong', { max: REASON_MAX })];
                return { kind: 'moderate', status: 'rejected', reason };
              })}
            >
              <TextArea
                id={form.fieldId(field('reason'))}
                name="reason"
                label={t('participation.comments.reason')}
                hint={t('participation.comments.reasonHint')}
                error={form.errorFor(field('reason'))}
              />
              <Button type="submit" variant="warning" aria-disabled={props.isSaving || undefined}>
                {t('participation.comments.rejectButton')}
                <span className="visually-hidden"> {name}</span>
              </Button>
            </form>
          </div>
        </details>
      ) : null}

      <details className="details" open={form.errorFor(field('reply')) ? true : undefined}>
        <summary className="details__summary">
          <span className="details__summary-text">
            {t('participation.comments.reply')}
            <span className="visually-hidden"> {name}</span>
          </span>
        </summary>
        <div className="details__text">
          <form
            noValidate
            onSubmit={submit((data) => {
              const text = readText(data, 'reply');
              if (text === '') return ['reply', t('participation.comments.replyMissing')];
              if (text.length > REPLY_MAX)
                return ['reply', t('participation.form.tooLong', { max: REPLY_MAX })];
              return { kind: 'reply', text };
            })}
          >
            <TextArea
              id={form.fieldId(field('reply'))}
              name="reply"
              label={t('participation.comments.replyField')}
              hint={t('participation.comments.replyHint')}
              error={form.errorFor(field('reply'))}
              defaultValue={comment.reply ?? undefined}
            />
            <Button type="submit" aria-disabled={props.isSaving || undefined}>
              {t('participation.comments.replyButton')}
              <span className="visually-hidden"> {name}</span>
            </Button>
          </form>
        </div>
      </details>

      <details className="details" open={form.errorFor(field('note')) ? true : undefined}>
        <summary className="details__summary">
          <span className="details__summary-text">
            {t('participation.comments.link')}
            <span className="visually-hidden"> {name}</span>
          </span>
        </summary>
        <div className="details__text">
          <form
            noValidate
            onSubmit={submit((data) => {
              const note = readText(data, 'note');
              if (note === '') return ['note', t('participation.comments.noteMissing')];
              if (note.length > NOTE_MAX)
                return ['note', t('participation.form.tooLong', { max: NOTE_MAX })];
              return { kind: 'link', questionId: readText(data, 'questionId'), note };
            })}
          >
            <SelectField
              id={form.fieldId(field('questionId'))}
              name="questionId"
              label={t('participation.comments.linkQuestion')}
              options={questions}
              defaultValue={comment.link?.questionId}
            />
            <TextArea
              id={form.fieldId(field('note'))}
              name="note"
              label={t('participation.comments.note')}
              hint={t('participation.comments.noteHint')}
              error={form.errorFor(field('note'))}
              defaultValue={comment.link?.note}
            />
            <Button type="submit" aria-disabled={props.isSaving || undefined}>
              {t('participation.comments.linkButton')}
              <span className="visually-hidden"> {name}</span>
            </Button>
          </form>
        </div>
      </details>
    </article>
  );
}
