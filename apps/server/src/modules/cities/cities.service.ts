import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { newId } from '../../lib/ids.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import type { SignedInActor } from '../auth/session.service.js';
import { insertMembership } from '../members/members.repository.js';
import { type CityActor, assertCan } from './city-access.js';
import { canCreateCity, describeCityPermissions } from './cities.policy.js';
import {
  findCityById,
  insertCity,
  listAllCitiesWithRole,
  listCitiesOfMember,
  updateCity,
} from './cities.repository.js';
import { type City, cityRowToCity } from './city.js';
import { type Role, isRole } from './roles.js';

export interface CityWithRole extends City {
  role: Role | null;
}

export interface NewCityInput {
  name: string;
  country: string;
  languages: string[];
  timeZone: string;
}

/** The caller's cities; a network admin sees every city, with a role only where a member. */
export async function listCities(actor: SignedInActor, db: Db): Promise<CityWithRole[]> {
  const rows = actor.isNetworkAdmin
    ? await listAllCitiesWithRole(db, actor.userId)
    : await listCitiesOfMember(db, actor.userId);
  return rows.map(({ role, ...row }) => ({
    ...cityRowToCity(row),
    role: role !== null && isRole(role) ? role : null,
  }));
}

/**
 * Creates a city and makes its creator the first city admin, so no city is ever without
 * someone able to invite its team. The creator can hand over and leave later.
 */
export async function createCity(input: NewCityInput, actor: SignedInActor, db: Db): Promise<City> {
  if (!canCreateCity(actor)) throw new AppError('forbidden');
  const now = toTimestamp(new Date());
  const row = {
    id: newId(),
    name: input.name,
    country: input.country,
    languages: JSON.stringify(input.languages),
    time_zone: input.timeZone,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertCity(trx, row);
    await insertMembership(trx, {
      city_id: row.id,
      user_id: actor.userId,
      role: 'city-admin',
      created_at: now,
      updated_at: now,
    });
    await recordChange(trx, {
      cityId: row.id,
      actorId: actor.userId,
      action: 'city.create',
      entityType: 'city',
      entityId: row.id,
      before: null,
      after: describeCityForAudit(cityRowToCity(row)),
    });
  });
  return cityRowToCity(row);
}

function describeCityForAudit(city: City) {
  return {
    name: city.name,
    country: city.country,
    languages: city.languages,
    timeZone: city.timeZone,
  };
}

async function loadCity(db: Db, cityId: string): Promise<City> {
  const row = await findCityById(db, cityId);
  if (!row) throw new AppError('not_found');
  return cityRowToCity(row);
}

export async function getCityOverview(actor: CityActor, db: Db) {
  assertCan(actor, 'city.view');
  return {
    city: await loadCity(db, actor.city.cityId),
    role: actor.city.actorRole,
    can: describeCityPermissions(actor, actor.city),
  };
}

export async function changeCityDetails(
  input: {
    name?: string | undefined;
    languages?: string[] | undefined;
    timeZone?: string | undefined;
  },
  actor: CityActor,
  db: Db,
): Promise<City> {
  assertCan(actor, 'city.edit');
  const { cityId } = actor.city;
  return db.transaction().execute(async (trx) => {
    const before = await loadCity(trx, cityId);
    await updateCity(trx, cityId, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.languages !== undefined ? { languages: JSON.stringify(input.languages) } : {}),
      ...(input.timeZone !== undefined ? { time_zone: input.timeZone } : {}),
      updated_at: toTimestamp(new Date()),
    });
    const after = await loadCity(trx, cityId);
    await recordChange(trx, {
      cityId,
      actorId: actor.userId,
      action: 'city.update',
      entityType: 'city',
      entityId: cityId,
      before: describeCityForAudit(before),
      after: describeCityForAudit(after),
    });
    return after;
  });
}
