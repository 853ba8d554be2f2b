import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { findCityById } from '../cities/cities.repository.js';
import type { CityActor } from '../cities/city-access.js';
import { type City, cityRowToCity } from '../cities/city.js';
import { todayInTimeZone } from '../findings/city-today.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import type { Strategy } from '../strategies/strategy.js';
import { type Consultation, consultationRowToConsultation } from './consultation.js';
import { findConsultation } from './consultations.repository.js';

export interface ConsultationScope {
  strategy: Strategy;
  city: City;
  /** The city's date (its own time zone): opening and closing dates are the city's. */
  today: string;
}

/** The strategy of the actor's city with its city, or not_found for anything else. */
export async function loadScope(
  db: Db,
  actor: CityActor,
  strategyId: string,
  now = new Date(),
): Promise<ConsultationScope> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const row = await findCityById(db, strategy.cityId);
  if (!row) throw new AppError('not_found');
  const city = cityRowToCity(row);
  return { strategy, city, today: todayInTimeZone(city.timeZone, now) };
}

export async function loadConsultation(
  db: Db,
  actor: CityActor,
  { strategyId, consultationId }: { strategyId: string; consultationId: string },
): Promise<Consultation> {
  const row = await findConsultation(db, {
    cityId: actor.city.cityId,
    strategyId,
    consultationId,
  });
  if (!row) throw new AppError('not_found');
  return consultationRowToConsultation(row);
}

export function publicUrlOf(publicUrl: string, slug: string | null): string | null {
  return slug === null ? null : new URL(`/consult/${slug}`, `${publicUrl}/`).href;
}
