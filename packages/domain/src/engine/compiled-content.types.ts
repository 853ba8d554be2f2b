import type { Condition } from '../content/condition.schema.js';
import type { ContentLibrary } from '../content/library.schema.js';
import type { Field, Option, Question } from '../content/question.schema.js';
import type { Example } from '../content/example.schema.js';
import type { Rule } from '../content/rule.schema.js';
import type { Score } from '../content/score.schema.js';
import type { Section } from '../content/section.schema.js';

/** A group field with its options resolved (optionsFrom replaced by the reference items). */
export interface CompiledField {
  key: string;
  type: Field['type'];
  required: boolean;
  when?: Condition;
  options?: Option[];
  source: Field;
}

/** A question ready for evaluation: options resolved, fields indexed, section known. */
export interface CompiledQuestion {
  id: string;
  type: Question['type'];
  sectionId: string;
  required: boolean;
  sensitive: boolean;
  when?: Condition;
  options?: Option[];
  fields?: CompiledField[];
  fieldsByKey?: Map<string, CompiledField>;
  /** True when some field carries a row `when`, so rows must be filtered before use. */
  hasFieldConditions: boolean;
  source: Question;
}

export interface CompiledSection {
  id: string;
  order: number;
  when?: Condition;
  questionIds: string[];
  source: Section;
}

/**
 * Content prepared once for fast, repeated evaluation. Build it with compileContent(); the
 * raw library stays available (for example to send to the browser).
 */
export interface CompiledContent {
  id: string;
  version: number;
  library: ContentLibrary;
  sections: CompiledSection[];
  sectionsById: Map<string, CompiledSection>;
  questions: Map<string, CompiledQuestion>;
  /** Questions in an order where every `when` only reads questions decided before it. */
  applicabilityOrder: string[];
  rules: Rule[];
  scores: Score[];
  examples: Map<string, Example>;
}
