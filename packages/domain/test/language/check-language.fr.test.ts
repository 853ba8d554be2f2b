import { describe, it } from 'vitest';
import { runCase, type LanguageCase } from './language.helper.js';

const agreed = (term: string) => ({ term, definition: 'Notre définition.', consensus: 'agreed' });

const cases: Record<string, LanguageCase> = {
  "l'antiterrorisme sous toutes ses graphies, élision comprise": {
    text: "Le plan d'antiterrorisme, l'anti-terrorisme et la lutte contre le terrorisme.",
    flags: ['counter-terrorism', 'counter-terrorism', 'counter-terrorism'],
    matches: ['antiterrorisme', 'anti-terrorisme', 'lutte contre le terrorisme'],
  },
  'le sigle P/CVE et la formule longue avec élision': {
    text: "Programme P/CVE de prévention et lutte contre l'extrémisme violent.",
    flags: ['pcve-label', 'pcve-label'],
    matches: ['P/CVE', "prévention et lutte contre l'extrémisme violent"],
    keyTerms: ['extremism'],
  },
  'majuscules et accents ignorés': {
    text: 'DÉRADICALISATION, deradicalisation, Déradicalisés.',
    flags: ['deradicalisation', 'deradicalisation', 'deradicalisation'],
  },
  'les radicaux comme étiquette, pas l’adjectif': {
    text: 'Repérer les radicaux ? Des changements radicaux, un esprit radical.',
    flags: ['radicals'],
    matches: ['Repérer les radicaux'],
  },
  'jeunes radicalisés : le groupe de mots l’emporte sur le terme clé': {
    text: 'Les jeunes radicalisés du quartier.',
    flags: ['radicals'],
    keyTerms: ['radicalisation'],
  },
  'communautés stigmatisées': {
    text: 'Des communautés extrémistes, une population suspecte, des publics à risque.',
    flags: ['extremist-communities', 'suspect-community', 'at-risk-communities'],
    glossary: [agreed('Extrémisme')],
    keyTerms: [],
  },
  'quartiers et vocabulaire de la surveillance': {
    text: 'Zones de non-droit, quartiers sensibles, fichés S, informateurs et vidéosurveillance.',
    flags: ['no-go-areas', 'hotspot-neighbourhoods', 'watch-list', 'informant', 'surveillance'],
  },
  'mots contestés propres au débat français': {
    text: 'Contre le séparatisme et le repli communautaire.',
    flags: ['separatism', 'separatism'],
  },
  'pas de correspondance dans un mot plus long': {
    text: 'Les terroristes, la terreur, un terroir, des indicateurs de suivi.',
    flags: ['terrorism-word', 'terrorism-word'],
    matches: ['terroristes', 'terreur'],
  },
  'termes clés sans définition validée': {
    text: 'La radicalisation, la haine en ligne et la polarisation.',
    flags: [],
    keyTerms: ['radicalisation', 'hate', 'polarisation'],
  },
  'formulation civile acceptée': {
    text: 'La ville renforce la cohésion sociale et la prévention des violences.',
    flags: [],
    keyTerms: [],
  },
};

describe('checkLanguage avec la liste française', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    runCase('fr', c);
  });
});
