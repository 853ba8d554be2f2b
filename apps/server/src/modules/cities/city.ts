import type { CityRow } from '../../db/tables.js';

export interface City {
  id: string;
  name: string;
  country: string;
  languages: string[];
  timeZone: string;
  createdAt: string;
  updatedAt: string;
}

function parseLanguages(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

export function cityRowToCity(row: CityRow): City {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    languages: parseLanguages(row.languages),
    timeZone: row.time_zone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
