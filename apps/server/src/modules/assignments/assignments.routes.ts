import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { requireCityActor } from '../../http/guards.js';
import type { ContentSource } from '../content/content-catalog.js';
import { guardWorkspace } from '../strategies/workspace-guard.js';
import {
  assignmentListResponse,
  assignmentParams,
  setAssigneesBody,
} from './assignments.schemas.js';
import { setSectionAssignees } from './assignments.service.js';

export function registerAssignmentRoutes(
  api: ApiInstance,
  { db }: RouteContext,
  content: ContentSource,
): void {
  api.put(
    '/cities/:cityId/strategies/:strategyId/assignments/:sectionId',
    {
      onRequest: guardWorkspace(db, 'assignments.manage'),
      schema: {
        tags: ['strategies'],
        summary: 'Set who is responsible for a section (city admins, coordinators).',
        params: assignmentParams,
        body: setAssigneesBody,
        response: { 200: assignmentListResponse },
      },
    },
    async (request) => ({
      assignments: await setSectionAssignees(
        { ...request.params, userIds: request.body.userIds },
        requireCityActor(request),
        db,
        await content.get(),
      ),
    }),
  );
}
