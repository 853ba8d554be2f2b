import { type CompiledContent, GLOSSARY_QUESTION_ID } from '@concord/domain';
import type { Locale } from '../users/user.js';
import { type Consultation, DEFINITIONS_PART, FRAMING_PART } from './consultation.js';
import { type ConsultationTopic, defaultTopicOf } from './consultation-topics.js';
import { type LeftOut, filterPublicValue } from './public-filter.js';
import { type PublicAnswer, createPublicFormatter, splitParagraphs } from './public-values.js';
import type { SensitiveMarks } from './sensitive-marks.js';

export interface PublicComment {
  id: string;
  authorName: string | null;
  body: string;
  language: string;
  createdAt: string;
  reply: string | null;
}

export interface PublicDefinition {
  term: string;
  paragraphs: string[];
}

export type PublicPart =
  | { kind: 'framing'; id: string; topic: ConsultationTopic; paragraphs: string[] }
  | { kind: 'definitions'; id: string; topic: ConsultationTopic; definitions: PublicDefinition[] }
  | {
      kind: 'section';
      id: string;
      topic: ConsultationTopic;
      heading: string;
      answers: PublicAnswer[];
    };

export interface PublicView {
  lang: Locale;
  title: string;
  parts: PublicPart[];
  /** What the selection named but the public page leaves out, for the coordinator's preview. */
  leftOut: LeftOut[];
}

/** Comments as residents may see them: only approved ones, without moderation details. */
export interface ApprovedComment extends PublicComment {
  part: string;
}

/**
 * Builds the view model of a public consultation page in one language, from the published
 * snapshot. Sensitivity is enforced here as well as when the snapshot was taken: every value
 * passes filterPublicValue against the content's labels and the coordinator's current marks,
 * so marking an answer sensitive after publication removes it from the page at once.
 */
export function buildPublicView({
  consultation,
  content,
  marks,
  lang,
}: {
  consultation: Consultation;
  /** The guide content localized in `lang`. */
  content: CompiledContent;
  marks: SensitiveMarks;
  lang: Locale;
}): PublicView {
  const text = consultation.texts[lang] ?? consultation.texts[consultation.languages[0]!];
  const snapshot = consultation.snapshot ?? {
    contentVersion: content.version,
    takenOn: '',
    values: {},
    definitions: [],
    leftOut: [],
  };
  const format = createPublicFormatter(lang);
  const leftOut: LeftOut[] = [];
  const parts: PublicPart[] = [];

  const framing = splitParagraphs(text?.framing ?? '');
  if (framing.length > 0) {
    parts.push({
      kind: 'framing',
      id: FRAMING_PART,
      topic: defaultTopicOf(FRAMING_PART),
      paragraphs: framing,
    });
  }

  const definitions = filterPublicValue(
    content.questions.get(GLOSSARY_QUESTION_ID),
    GLOSSARY_QUESTION_ID,
    snapshot.definitions.length > 0 ? snapshot.definitions : undefined,
    marks,
  );
  leftOut.push(...definitions.leftOut.filter((item) => item.reason !== 'unanswered'));
  if (Array.isArray(definitions.value)) {
    const items = definitions.value.flatMap((row) =>
      typeof row === 'object' && typeof row.term === 'string' && typeof row.definition === 'string'
        ? [{ term: row.term.trim(), paragraphs: splitParagraphs(row.definition) }]
        : [],
    );
    if (items.length > 0) {
      parts.push({
        kind: 'definitions',
        id: DEFINITIONS_PART,
        topic: defaultTopicOf(DEFINITIONS_PART),
        definitions: items,
      });
    }
  }

  const chosen = new Set(consultation.questionIds);
  for (const section of content.sections) {
    const answers: PublicAnswer[] = [];
    for (const questionId of section.questionIds) {
      if (!chosen.has(questionId) || !(questionId in snapshot.values)) continue;
      const question = content.questions.get(questionId);
      const result = filterPublicValue(question, questionId, snapshot.values[questionId], marks);
      leftOut.push(...result.leftOut);
      if (question && result.value !== undefined)
        answers.push(format.answer(question, result.value));
    }
    if (answers.length > 0) {
      parts.push({
        kind: 'section',
        id: section.id,
        topic: defaultTopicOf(section.id),
        heading: section.source.title,
        answers,
      });
    }
  }

  return { lang, title: text?.title ?? '', parts, leftOut };
}
