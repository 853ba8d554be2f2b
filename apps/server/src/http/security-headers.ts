import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  HookHandlerDoneFunction,
} from 'fastify';

/**
 * A strict Content-Security-Policy: only our own scripts, styles and images (plus data: images),
 * no plugins, no framing, forms post only to us. The web app is built to live within it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join(';');

/** Swagger UI sets inline styles; only its pages get this slightly relaxed policy. */
export const API_DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/**
 * The protective headers every answer carries (the set helmet's defaults give, with framing
 * denied and no referrer). They never vary, so they are written once here rather than worked out
 * per request; a route may still replace one (the API docs relax the CSP, public pages the
 * referrer policy).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
});

/** Answers about a city's work must not be kept by the browser or a proxy (ASVS 14.3.2). */
export const API_CACHE_CONTROL = 'no-store';
const API_PREFIX = '/api/v1/';

/**
 * Sets the protective headers and the request id on every answer, as early as routing allows,
 * and forbids caching of every API answer (errors and unknown API paths included).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook(
    'onRequest',
    function setProtectiveHeaders(
      request: FastifyRequest,
      reply: FastifyReply,
      done: HookHandlerDoneFunction,
    ): void {
      reply.headers(SECURITY_HEADERS);
      reply.header('x-request-id', request.id);
      if (request.url.startsWith(API_PREFIX)) reply.header('cache-control', API_CACHE_CONTROL);
      done();
    },
  );
}
