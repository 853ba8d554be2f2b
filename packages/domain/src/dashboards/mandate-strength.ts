import { labelOf } from './content-labels.js';
import { readAnswers, rowText, type DashboardInput } from './dashboard-input.js';

export const MANDATE_SCORE_ID = 'strategy:score:mandate-strength';
const MANDATES = 'strategy:mandate:q:mandates';

export interface MandateReason {
  text: string;
  met: boolean;
  points: number;
}

export interface MandateSummary {
  rowId: string;
  sourceType: string | null;
  sourceLabel: string | null;
  nature: string | null;
  natureLabel: string | null;
}

export interface MandateStrength {
  title: string;
  /** null until the content defines the score or nothing can be measured. */
  score: number | null;
  max: number;
  /** Every criterion, met or not, strongest first within each group. */
  reasons: MandateReason[];
  pointsMet: number;
  /**
   * Points the city could still gain: the criteria not met, capped by what the maximum leaves
   * (some criteria are alternatives, e.g. an explicit mandate or a broader duty).
   */
  pointsOpen: number;
  mandates: MandateSummary[];
}

/**
 * The mandate-strength score the engine computed, with each criterion as a reason the city can
 * act on, and the mandates it rests on. The weights live in content/strategy/scores.yaml.
 */
export function deriveMandateStrength(input: DashboardInput): MandateStrength {
  const result = input.evaluation.scores.find((s) => s.id === MANDATE_SCORE_ID);
  const reasons: MandateReason[] = (result?.reasons ?? [])
    .flatMap((r) =>
      r.kind === 'criterion' ? [{ text: r.text, met: r.met, points: r.points }] : [],
    )
    .sort((a, b) => Number(b.met) - Number(a.met) || b.points - a.points);
  const answers = readAnswers(input);
  const unmet = reasons.filter((r) => !r.met).reduce((sum, r) => sum + r.points, 0);
  const max = result?.max ?? 0;
  const score = result?.value ?? null;
  return {
    title: result?.title ?? '',
    score,
    max,
    reasons,
    pointsMet: reasons.filter((r) => r.met).reduce((sum, r) => sum + r.points, 0),
    pointsOpen: score === null ? unmet : Math.min(unmet, Math.max(0, max - score)),
    mandates: answers.rows(MANDATES).map((row) => {
      const sourceType = rowText(row, 'sourceType');
      const nature = rowText(row, 'nature');
      return {
        rowId: row.id,
        sourceType,
        sourceLabel: sourceType && labelOf(input.content, MANDATES, sourceType, 'sourceType'),
        nature,
        natureLabel: nature && labelOf(input.content, MANDATES, nature, 'nature'),
      };
    }),
  };
}
