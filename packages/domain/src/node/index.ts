export {
  loadContent,
  DEFAULT_CONTENT_DIR,
  formatPath,
  type LoadedContent,
} from './load-content.js';
