import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return length !== '0';
  return request.headers['transfer-encoding'] !== undefined;
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

function originMatches(origin: string, request: FastifyRequest, publicOrigin: string): boolean {
  if (origin === publicOrigin) return true;
  try {
    // The Host header cannot be set by a page on another site, so "same host" is trustworthy.
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Cross-site request forgery guard for every state-changing request. Browsers always send Origin
 * on such requests, so a foreign or missing-but-cross-site origin is refused; scripts and CLI
 * clients (no Origin, no Sec-Fetch-Site) pass. Requiring a JSON content type also rules out
 * HTML forms, which cannot send one.
 */
export function createCsrfGuard(publicUrl: string) {
  const publicOrigin = new URL(publicUrl).origin;
  return async function rejectCrossSiteWrites(request: FastifyRequest): Promise<void> {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!originMatches(origin, request, publicOrigin)) {
        throw new AppError('csrf_rejected');
      }
    } else {
      const fetchSite = request.headers['sec-fetch-site'];
      if (fetchSite === 'cross-site' || fetchSite === 'same-site')
        throw new AppError('csrf_rejected');
    }
    if (hasBody(request) && !isJson(request.headers['content-type'])) {
      throw new AppError(
        'csrf_rejected',
        'Send the request body as JSON (Content-Type: application/json).',
      );
    }
  };
}
