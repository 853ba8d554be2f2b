// The domain's rule for which links may be live (http, https, mailto), applied again at render
// time so that a document from any source cannot carry a `javascript:` link into the page.
export { isSafeHref as isLiveHref } from '@concord/domain/document';
