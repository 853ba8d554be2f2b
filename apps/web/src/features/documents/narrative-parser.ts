// The Markdown parser (markdown-it, about 45 KB compressed) in a chunk of its own: the editor page
// opens without it and loads it for the preview.
export { parseNarrative } from '@concord/domain/document';
