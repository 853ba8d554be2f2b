// @concord/domain: content schemas, answers schema, the rules engine, localisation, upgrades
// and content checks. No I/O here (see ./node for the YAML loader). For a browser bundle
// without zod, import "@concord/domain/engine" instead.
export * from './content/index.js';
export * from './answers/index.js';
export * from './engine/index.js';
export * from './i18n/index.js';
export * from './upgrades/index.js';
export * from './check/index.js';
export * from './dashboards/index.js';
export * from './language/index.js';
export {
  KeyTermSchema,
  PatternSchema,
  WordListEntrySchema,
  WordListSchema,
} from './language/language.schema.js';
