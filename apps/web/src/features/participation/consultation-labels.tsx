import type { CompiledContent } from '@concord/domain/engine';
import { useIntl } from 'react-intl';
import type { Locale } from '../../api/types.js';
import type { MessageId } from '../../i18n/load-messages.js';
import { formatIsoDate } from '../workspace/format-answer.js';
import { useT, type Translate } from '../../i18n/use-t.js';
import type {
  Consultation,
  ConsultationPhase,
  ConsultationTopic,
  LeftOutReason,
} from './participation.types.js';

const PHASES: Record<ConsultationPhase, { messageId: MessageId; className: string }> = {
  draft: { messageId: 'participation.phase.draft', className: 'tag tag--grey' },
  upcoming: { messageId: 'participation.phase.upcoming', className: 'tag tag--blue' },
  open: { messageId: 'participation.phase.open', className: 'tag tag--green' },
  closed: { messageId: 'participation.phase.closed', className: 'tag tag--grey' },
};

export function PhaseTag(props: { phase: ConsultationPhase }) {
  const t = useT();
  const { messageId, className } = PHASES[props.phase];
  return <strong className={className}>{t(messageId)}</strong>;
}

/** The title in the reader's language when the consultation has it, else in its first. */
export function titleOf(consultation: Consultation, locale: Locale): string {
  return (
    consultation.texts[locale]?.title ||
    consultation.texts[consultation.languages[0] ?? 'en']?.title ||
    ''
  );
}

export const TOPIC_LABELS: Record<ConsultationTopic, MessageId> = {
  'conceptual-approach': 'participation.topic.conceptualApproach',
  terminology: 'participation.topic.terminology',
  priorities: 'participation.topic.priorities',
  other: 'participation.topic.other',
};

export const LEFT_OUT_LABELS: Record<LeftOutReason, MessageId> = {
  'unknown-question': 'participation.leftOut.unknownQuestion',
  'sensitive-content': 'participation.leftOut.sensitiveContent',
  'marked-sensitive': 'participation.leftOut.markedSensitive',
  'not-applicable': 'participation.leftOut.notApplicable',
  unanswered: 'participation.leftOut.unanswered',
};

export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
};

/** What a comment is about: the framing, the key terms, or a section of the strategy. */
export function partLabel(part: string, compiled: CompiledContent, t: Translate): string {
  if (part === 'framing') return t('participation.part.framing');
  if (part === 'definitions') return t('participation.part.definitions');
  return compiled.sectionsById.get(part)?.source.title ?? part;
}

export function questionLabel(questionId: string, compiled: CompiledContent): string {
  return compiled.questions.get(questionId)?.source.label ?? questionId;
}

/** YYYY-MM-DD as the reader writes dates ("30 June 2026"); the date is the city's, not a moment. */
export function useFormatDay() {
  const intl = useIntl();
  return (day: string) => formatIsoDate(day, intl);
}
