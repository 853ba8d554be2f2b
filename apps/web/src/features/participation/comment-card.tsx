import { useIntl } from 'react-intl';
import type { FormEvent } from 'react';
import { readText } from '../../components/api-form-errors.js';
import { ChoiceFieldset } from '../../components/choice-fieldset.js';
import { FieldError, FieldHint, formGroupClass } from '../../components/field-parts.js';
import { SelectField } from '../../components/select-field.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';
import type { Workspace } from '../workspace/workspace-context.js';
import { CommentAction } from './comment-action.js';
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

/** The free-text fields of the reject, reply and link forms: each required, each limited. */
type TextFieldName = 'reason' | 'reply' | 'note';
const TEXT_FIELDS: Record<TextFieldName, { max: number; missing: MessageId }> = {
  reason: { max: 500, missing: 'participation.comments.reasonMissing' },
  reply: { max: 2000, missing: 'participation.comments.replyMissing' },
  note: { max: 1000, missing: 'participation.comments.noteMissing' },
};

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

  /** The field's text, or the [field, message] pair of why it cannot be sent. */
  const readRequiredText = (data: FormData, fieldName: TextFieldName): string | string[] => {
    const { max, missing } = TEXT_FIELDS[fieldName];
    const text = readText(data, fieldName);
    if (text === '') return [fieldName, t(missing)];
    if (text.length > max) return [fieldName, t('participation.form.tooLong', { max })];
    return text;
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

      <CommentAction
        summary={
          comment.status === 'approved'
            ? t('participation.comments.changeTopic')
            : t('participation.comments.approve')
        }
        submitLabel={t('participation.comments.approveButton')}
        commentName={name}
        isSaving={props.isSaving}
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
      </CommentAction>

      {comment.status !== 'rejected' ? (
        <CommentAction
          summary={t('participation.comments.reject')}
          submitLabel={t('participation.comments.rejectButton')}
          commentName={name}
          isOpen={Boolean(form.errorFor(field('reason')))}
          isSaving={props.isSaving}
          variant="warning"
          onSubmit={submit((data) => {
            const reason = readRequiredText(data, 'reason');
            return typeof reason === 'string'
              ? { kind: 'moderate', status: 'rejected', reason }
              : reason;
          })}
        >
          <TextArea
            id={form.fieldId(field('reason'))}
            name="reason"
            label={t('participation.comments.reason')}
            hint={t('participation.comments.reasonHint')}
            error={form.errorFor(field('reason'))}
          />
        </CommentAction>
      ) : null}

      <CommentAction
        summary={t('participation.comments.reply')}
        submitLabel={t('participation.comments.replyButton')}
        commentName={name}
        isOpen={Boolean(form.errorFor(field('reply')))}
        isSaving={props.isSaving}
        onSubmit={submit((data) => {
          const text = readRequiredText(data, 'reply');
          return typeof text === 'string' ? { kind: 'reply', text } : text;
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
      </CommentAction>

      <CommentAction
        summary={t('participation.comments.link')}
        submitLabel={t('participation.comments.linkButton')}
        commentName={name}
        isOpen={Boolean(form.errorFor(field('note')))}
        isSaving={props.isSaving}
        onSubmit={submit((data) => {
          const note = readRequiredText(data, 'note');
          return typeof note === 'string'
            ? { kind: 'link', questionId: readText(data, 'questionId'), note }
            : note;
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
      </CommentAction>
    </article>
  );
}
