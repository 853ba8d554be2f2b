import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnswersSchema } from '../../src/answers/answers.schema.js';
import { compileContent } from '../../src/engine/compile-content.js';
import { compareFindings } from '../../src/engine/derive-findings.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { CompiledContent } from '../../src/engine/compiled-content.types.js';
import { loadContent } from '../../src/node/load-content.js';
import { fixtureLibrary } from '../fixtures/fixture-library.js';
import { answersArbitrary, dateArbitrary, reorder } from './answers.arbitrary.js';

const { library } = await loadContent();
const libraries: [string, CompiledContent][] = [
  ['the real strategy content', compileContent(library)],
  ['the fixture content', compileContent(fixtureLibrary)],
];

describe.each(libraries)('engine properties on %s', (_name, content) => {
  const schema = buildAnswersSchema(content);
  const answers = answersArbitrary(content);

  it('generated answers are schema-valid, and evaluate never throws on them', () => {
    fc.assert(
      fc.property(answers, dateArbitrary, (values, today) => {
        const stored = { contentVersion: content.version, values };
        const parsed = schema.safeParse(stored);
        if (!parsed.success)
          throw new Error(
            `generator made invalid answers: ${JSON.stringify(parsed.error.issues[0])}`,
          );
        const result = evaluate(content, stored, { today });
        expect([...result.findings].sort(compareFindings)).toEqual(result.findings);
        for (const c of result.completeness) expect(c.percent).toBeGreaterThanOrEqual(0);
        for (const s of result.scores)
          if (s.value !== null) expect(s.value).toBeLessThanOrEqual(s.max + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same evaluation whatever the order of rows, items and keys', () => {
    fc.assert(
      fc.property(answers, dateArbitrary, fc.nat(7), (values, today, shift) => {
        const a = evaluate(content, { contentVersion: content.version, values }, { today });
        const b = evaluate(
          content,
          { contentVersion: content.version, values: reorder(values, shift) },
          { today },
        );
        expect(b).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('only ever reports applicable questions and traces only answers that count', () => {
    fc.assert(
      fc.property(answers, dateArbitrary, (values, today) => {
        const result = evaluate(content, { contentVersion: content.version, values }, { today });
        const applicable = new Set(result.applicable);
        for (const finding of result.findings) {
          for (const entry of finding.trace) {
            if (entry.q && entry.held && entry.op !== 'count' && entry.actual !== null)
              expect(applicable.has(entry.q)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
