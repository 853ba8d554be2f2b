import type { UserRow } from '../../db/tables.js';

export const LOCALES = ['en', 'fr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isNetworkAdmin: boolean;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function userRowToUser(
  row: Pick<UserRow, 'id' | 'email' | 'name' | 'locale' | 'is_network_admin'>,
): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: isLocale(row.locale) ? row.locale : 'en',
    isNetworkAdmin: row.is_network_admin === 1,
  };
}

/** Emails compare case-insensitively; we store them trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
