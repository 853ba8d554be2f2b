export { localizeContent, SOURCE_LOCALE, type LocalizedContent } from './localize-content.js';
export {
  collectTranslatableStrings,
  listTranslatableKeys,
  mapContentStrings,
  type StringVisitor,
} from './translatable-strings.js';
