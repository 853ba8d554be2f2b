import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { resolveRequestCityActor } from '../cities/city-access.js';
import { type DocumentAction, assertDocumentCan } from './documents.policy.js';

/**
 * Route hook for the document routes: 401 when signed out, 404 when the caller may not know the
 * city, 403 when their role cannot do this. Runs before validation, like `guardWorkspace`.
 */
export function guardDocument(db: Db, action: DocumentAction) {
  return async function checkDocumentAccess(request: FastifyRequest): Promise<void> {
    const cityActor = await resolveRequestCityActor(db, request);
    assertDocumentCan(cityActor, action);
    request.cityActor = cityActor;
  };
}
