/**
 * Checks of international codes using the runtime's own ICU data, so no code list has to be
 * kept in this repository.
 */

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
// Codes ICU names but which are not countries or territories.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO']);

/** ISO 3166-1 alpha-2 country or territory code (upper case), e.g. "FR". */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  return regionNames.of(code) !== code;
}

/** BCP 47 language tag in canonical case ("en-us" -> "en-US"), or null when not a valid tag. */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** IANA time zone name in canonical case ("europe/paris" -> "Europe/Paris"), or null. */
export function canonicalTimeZone(name: string): string | null {
  if (name !== 'UTC' && !name.includes('/')) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
