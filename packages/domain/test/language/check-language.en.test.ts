import { describe, it } from 'vitest';
import { runCase, type LanguageCase } from './language.helper.js';

const agreed = (term: string) => ({ term, definition: 'Our shared meaning.', consensus: 'agreed' });

const cases: Record<string, LanguageCase> = {
  'counter-terrorism framing, any spelling': {
    text: 'Our Counter-Terrorism plan, a counterterrorism budget and anti-terrorism posters.',
    flags: ['counter-terrorism', 'counter-terrorism', 'counter-terrorism'],
    matches: ['Counter-Terrorism', 'counterterrorism', 'anti-terrorism'],
  },
  'P/CVE and CVE labels': {
    text: 'The P/CVE programme (also called CVE) and PCVE.',
    flags: ['pcve-label', 'pcve-label', 'pcve-label'],
  },
  'the long P/CVE phrase wins over the key term inside it': {
    text: 'preventing and countering violent extremism',
    flags: ['pcve-label'],
    matches: ['preventing and countering violent extremism'],
    keyTerms: ['extremism'],
  },
  'hunting for radicals, and the plural noun': {
    text: 'Teachers should help with identifying radicals. Radicals are everywhere.',
    flags: ['radicals', 'radicals'],
    matches: ['identifying radicals', 'Radicals'],
  },
  'no match inside a longer word or for the harmless adjective': {
    text: 'A radically new, radical reform of radicalism.',
    flags: [],
    keyTerms: [],
  },
  'no match for a listed word inside a bigger word': {
    text: 'Terrorised? No: deterrence, terrorist-free? Informants-free',
    flags: ['terrorism-word', 'informant'],
    matches: ['terrorist', 'Informants'],
  },
  'extremist communities, suspect community and at-risk wording': {
    text: 'Extremist communities, a suspect community and at-risk communities.',
    flags: ['extremist-communities', 'suspect-community', 'at-risk-communities'],
    keyTerms: [],
    glossary: [agreed('Extremism')],
  },
  'threat language about residents': {
    text: 'They called young people the enemy within and a home-grown threat.',
    flags: ['threat-residents', 'threat-residents'],
  },
  'deradicalisation in primary prevention': {
    text: 'A deradicalization course for every school.',
    flags: ['deradicalisation'],
  },
  'terror framing beats the single word inside it': {
    text: 'Joining the war on terror. Terror cells. Terrorism.',
    flags: ['terror-framing', 'terror-framing', 'terrorism-word'],
    matches: ['war on terror', 'Terror cells', 'Terrorism'],
  },
  'hotspot neighbourhoods (medium) versus a bare hotspot (info)': {
    text: 'Hotspot neighbourhoods; incident hotspots; a breeding ground.',
    flags: ['hotspot-neighbourhoods', 'hotspot', 'hotspot-neighbourhoods'],
  },
  'infiltration, surveillance, watch list, informant': {
    text: 'Infiltrating groups, surveillance of mosques, a watch-list and community informants.',
    flags: ['infiltration', 'surveillance', 'watch-list', 'informant'],
    matches: ['Infiltrating', 'surveillance', 'watch-list', 'community informants'],
  },
  'a phrase does not run across sentence punctuation': {
    text: 'We met the war on. Terror was not mentioned; suspect. Community is fine.',
    flags: ['terrorism-word'],
  },
  'key terms without an agreed definition': {
    text: 'Radicalisation, polarization and hate crime.',
    flags: [],
    keyTerms: ['radicalisation', 'polarisation', 'hate'],
  },
  'plain civilian wording passes': {
    text: 'The city supports community safety, social cohesion and violence prevention.',
    flags: [],
    keyTerms: [],
  },
};

describe('checkLanguage with the English word list', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    runCase('en', c);
  });
});
