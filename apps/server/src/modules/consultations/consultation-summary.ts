import type { CompiledContent, GroupRow } from '@concord/domain';
import { createValueFormatter } from '@concord/domain/document';
import type { Locale } from '../users/user.js';
import type { Comment } from './comment.js';
import { type Consultation, DEFINITIONS_PART, FRAMING_PART } from './consultation.js';
import {
  CONSULTATION_TOPICS,
  CONSULTATIONS_QUESTION_ID,
  defaultTopicOf,
} from './consultation-topics.js';
import { summaryMessages } from './summary-messages.js';

/** The consultation log row of a consultation keeps this id, so a new summary replaces it. */
export function summaryRowId(consultationId: string): string {
  return `consultation-${consultationId}`;
}

const TEXT_MAX = 500;
const LONG_TEXT_MAX = 20_000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The consultation log row summarising a public consultation: who took part (groups, never
 * names), what the approved comments were about by section and by topic, and what changed
 * because of them (the links coordinators made). Comment texts are not copied: the log asks
 * for groups and topics, not residents' own words or names.
 */
export function buildSummaryRow({
  consultation,
  comments,
  content,
  lang,
  date,
}: {
  consultation: Consultation;
  comments: readonly Comment[];
  /** The guide content in `lang`, for section, question and topic labels. */
  content: CompiledContent;
  lang: Locale;
  date: string;
}): GroupRow {
  const messages = summaryMessages(lang);
  const format = createValueFormatter(lang);
  const title =
    consultation.texts[lang]?.title ?? Object.values(consultation.texts)[0]?.title ?? '';
  const approved = comments.filter((comment) => comment.status === 'approved');
  const topicOf = (comment: Comment) => comment.topic ?? defaultTopicOf(comment.part);

  const log = content.questions.get(CONSULTATIONS_QUESTION_ID);
  const topicOptions = log?.fieldsByKey?.get('topics')?.options ?? [];
  const topicLabel = (id: string) => topicOptions.find((option) => option.id === id)?.label ?? id;
  const partLabel = (part: string) =>
    part === FRAMING_PART
      ? messages.framingPart
      : part === DEFINITIONS_PART
        ? messages.definitionsPart
        : (content.sectionsById.get(part)?.source.title ?? part);

  const count = <K extends string>(keys: readonly K[], keyOf: (comment: Comment) => string) =>
    keys
      .map((key) => ({ key, n: approved.filter((comment) => keyOf(comment) === key).length }))
      .filter((item) => item.n > 0);
  const parts = [FRAMING_PART, DEFINITIONS_PART, ...content.sections.map((section) => section.id)];
  const topics = CONSULTATION_TOPICS.filter((topic) =>
    approved.some((comment) => topicOf(comment) === topic),
  );

  const heard = [
    messages.heard({
      title,
      opens: format.date(consultation.opensOn),
      closes: format.date(consultation.closesOn),
    }),
    messages.counts({
      received: comments.length,
      approved: approved.length,
      pending: comments.filter((comment) => comment.status === 'pending').length,
    }),
    '',
    messages.bySection,
    ...count(parts, (comment) => comment.part).map(({ key, n }) =>
      messages.countLine(partLabel(key), n),
    ),
    '',
    messages.byTopic,
    ...count(CONSULTATION_TOPICS, topicOf).map(({ key, n }) =>
      messages.countLine(topicLabel(key), n),
    ),
  ].join('\n');

  const changes = comments
    .filter((comment) => comment.link !== null)
    .map((comment) => {
      const question = content.questions.get(comment.link!.questionId);
      return `- ${question?.source.label ?? comment.link!.questionId}: ${comment.link!.note}`;
    });

  const row: GroupRow = {
    id: summaryRowId(consultation.id),
    date,
    method: 'public-comments',
    groups: clip(messages.groups(title), TEXT_MAX),
    topics: [...topics],
    heard: clip(heard, LONG_TEXT_MAX),
  };
  if (changes.length > 0) row.changed = clip(changes.join('\n'), LONG_TEXT_MAX);
  return row;
}
