// "@concord/domain/engine": everything the browser needs to run the engine, without zod.
export * from './index.js';
export * from '../answers/answers.types.js';
export * from '../i18n/index.js';
export * from '../dashboards/index.js';
export * from '../language/index.js';
export type * from '../content/condition.schema.js';
export type * from '../content/library.schema.js';
export type * from '../content/question.schema.js';
export type * from '../content/rule.schema.js';
export type * from '../content/score.schema.js';
export type * from '../content/section.schema.js';
export type * from '../content/example.schema.js';
export type * from '../content/reference.schema.js';
export type { Locales } from '../content/locale.schema.js';
