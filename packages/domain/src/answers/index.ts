export * from './answers.types.js';
export { buildAnswersSchema, type AnswersSchema } from './answers.schema.js';
