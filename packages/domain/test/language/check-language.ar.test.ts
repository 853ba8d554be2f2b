import { describe, it } from 'vitest';
import { runCase, type LanguageCase } from './language.helper.js';

const agreed = (term: string) => ({ term, definition: 'تعريفنا المشترك.', consensus: 'agreed' });

const cases: Record<string, LanguageCase> = {
  'counter-terrorism with the prefix ل on the first word': {
    text: 'خطة المدينة لمكافحة الإرهاب.',
    flags: ['counter-terrorism'],
    matches: ['لمكافحة الإرهاب'],
  },
  'و, ب and وال prefixes on a single word': {
    text: 'والإرهاب، وبالإرهاب، فالإرهابيون، كإرهابي.',
    flags: ['terrorism-word', 'terrorism-word', 'terrorism-word', 'terrorism-word'],
    matches: ['والإرهاب', 'وبالإرهاب', 'فالإرهابيون', 'كإرهابي'],
  },
  'لل (li + al) on a key term': {
    text: 'دعم المدارس للتصدي للتطرف.',
    flags: [],
    keyTerms: ['extremism'],
  },
  'short vowels, tatweel and hamza seats are ignored': {
    text: 'مُكافَحَة الإرْهـــاب ومكافحة الارهاب',
    flags: ['counter-terrorism', 'counter-terrorism'],
  },
  'the full P/CVE phrase wins over shorter ones inside it': {
    text: 'برنامج منع التطرف العنيف ومكافحته.',
    flags: ['pcve-label'],
    matches: ['منع التطرف العنيف ومكافحته'],
  },
  'hunting for extremists and the incubating environment': {
    text: 'رصد المتطرفين في البيئة الحاضنة.',
    flags: ['radicals', 'incubating-environment'],
    keyTerms: ['extremism'],
  },
  'stigmatising descriptions of communities and areas': {
    text: 'المجتمعات المتطرفة وبؤر التطرف والأحياء الخطرة والطابور الخامس.',
    flags: ['extremist-communities', 'hotspot-neighbourhoods', 'no-go-areas', 'threat-residents'],
    glossary: [agreed('التطرف العنيف')],
    keyTerms: [],
  },
  'surveillance vocabulary': {
    text: 'المراقبة الأمنية وقوائم المراقبة والمخبرين والتنميط الديني.',
    flags: ['surveillance', 'watch-list', 'informant', 'profiling'],
  },
  'the laboratory sense of مخبر is not flagged': {
    text: 'مخبر البحث في الجامعة.',
    flags: [],
  },
  'no match when a prefix would leave too short a word or another word': {
    text: 'الإرهابيات؟ إرهابها.',
    flags: [],
  },
  'key terms without an agreed definition': {
    text: 'الراديكالية والكراهية والاستقطاب.',
    flags: [],
    keyTerms: ['radicalisation', 'hate', 'polarisation'],
  },
  'Latin labels inside Arabic text': {
    text: 'برنامج P/CVE في المدينة.',
    flags: ['pcve-label'],
  },
  'civilian wording passes': {
    text: 'تعزز المدينة التماسك الاجتماعي والوقاية من العنف.',
    flags: [],
    keyTerms: [],
  },
};

describe('checkLanguage with the Arabic word list', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    runCase('ar', c);
  });
});
