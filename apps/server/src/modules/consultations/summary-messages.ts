import type { Locale } from '../users/user.js';

/**
 * The wording of the consultation log row a summary writes, in the language the strategy's
 * answers are written in. Counts are written as figures after a colon, which reads correctly
 * in every language without plural forms.
 */
export interface SummaryMessages {
  framingPart: string;
  definitionsPart: string;
  groups: (title: string) => string;
  heard: (p: { title: string; opens: string; closes: string }) => string;
  counts: (p: { received: number; approved: number; pending: number }) => string;
  bySection: string;
  byTopic: string;
  countLine: (label: string, count: number) => string;
}

const EN: SummaryMessages = {
  framingPart: 'About this consultation',
  definitionsPart: 'Key terms',
  groups: (title) => `Residents commenting on the public consultation page “${title}”`,
  heard: ({ title, opens, closes }) => `Public consultation “${title}”, ${opens} to ${closes}.`,
  counts: ({ received, approved, pending }) =>
    `Comments received: ${received}. Published after moderation: ${approved}. Still to moderate: ${pending}.`,
  bySection: 'Published comments by section:',
  byTopic: 'Published comments by topic:',
  countLine: (label, count) => `- ${label}: ${count}`,
};

const FR: SummaryMessages = {
  framingPart: 'À propos de cette consultation',
  definitionsPart: 'Termes clés',
  groups: (title) => `Habitants ayant commenté la page de consultation publique « ${title} »`,
  heard: ({ title, opens, closes }) =>
    `Consultation publique « ${title} », du ${opens} au ${closes}.`,
  counts: ({ received, approved, pending }) =>
    `Commentaires reçus : ${received}. Publiés après modération : ${approved}. Encore à modérer : ${pending}.`,
  bySection: 'Commentaires publiés par partie :',
  byTopic: 'Commentaires publiés par thème :',
  countLine: (label, count) => `- ${label} : ${count}`,
};

const isolate = (text: string) => `\u2068${text}\u2069`;

const AR: SummaryMessages = {
  framingPart: 'عن هذه الاستشارة',
  definitionsPart: 'المصطلحات الأساسية',
  groups: (title) => `السكان الذين علّقوا على صفحة الاستشارة العامة «${isolate(title)}»`,
  heard: ({ title, opens, closes }) =>
    `الاستشارة العامة «${isolate(title)}»، من ${opens} إلى ${closes}.`,
  counts: ({ received, approved, pending }) =>
    `التعليقات الواردة: ${received}. المنشورة بعد المراجعة: ${approved}. في انتظار المراجعة: ${pending}.`,
  bySection: 'التعليقات المنشورة حسب القسم:',
  byTopic: 'التعليقات المنشورة حسب الموضوع:',
  countLine: (label, count) => `- ${label}: ${count}`,
};

const MESSAGES: Record<Locale, SummaryMessages> = { en: EN, fr: FR, ar: AR };

export function summaryMessages(locale: Locale): SummaryMessages {
  return MESSAGES[locale];
}
