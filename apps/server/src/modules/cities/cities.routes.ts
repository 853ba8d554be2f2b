import type { ApiInstance, RouteContext } from '../../http/api-instance.js';
import { guardCity, requireCityActor, requireSignedIn } from '../../http/guards.js';
import { requireActor } from '../auth/authenticate.js';
import {
  cityDetailResponse,
  cityEnvelope,
  cityIdParams,
  cityListResponse,
  createCityBody,
  updateCityBody,
} from './cities.schemas.js';
import { changeCityDetails, createCity, getCityOverview, listCities } from './cities.service.js';

export function registerCityRoutes(api: ApiInstance, { db }: RouteContext): void {
  api.get(
    '/cities',
    {
      onRequest: requireSignedIn,
      schema: {
        tags: ['cities'],
        summary: 'Cities you belong to (every city for a network admin).',
        response: { 200: cityListResponse },
      },
    },
    async (request) => ({ cities: await listCities(requireActor(request), db) }),
  );

  api.post(
    '/cities',
    {
      onRequest: requireSignedIn,
      schema: {
        tags: ['cities'],
        summary: 'Create a city (network admins only); you become its first city admin.',
        body: createCityBody,
        response: { 201: cityEnvelope },
      },
    },
    async (request, reply) => {
      const city = await createCity(request.body, requireActor(request), db);
      return reply.code(201).send({ city });
    },
  );

  api.get(
    '/cities/:cityId',
    {
      onRequest: guardCity(db, 'city.view'),
      schema: {
        tags: ['cities'],
        summary: 'A city, your role in it and what you may do there.',
        params: cityIdParams,
        response: { 200: cityDetailResponse },
      },
    },
    async (request) => getCityOverview(requireCityActor(request), db),
  );

  api.patch(
    '/cities/:cityId',
    {
      onRequest: guardCity(db, 'city.edit'),
      schema: {
        tags: ['cities'],
        summary: 'Change the city name, languages or time zone (city admins).',
        params: cityIdParams,
        body: updateCityBody,
        response: { 200: cityEnvelope },
      },
    },
    async (request) => ({
      city: await changeCityDetails(request.body, requireCityActor(request), db),
    }),
  );
}
