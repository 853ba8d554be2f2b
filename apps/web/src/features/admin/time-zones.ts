/** IANA zones known to this browser; old browsers without the list still get the common ones. */
export function listTimeZones(): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set(supported.length > 0 ? supported : FALLBACK_ZONES);
  zones.add('UTC');
  return [...zones].sort();
}

export function guessTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const FALLBACK_ZONES = [
  'Africa/Cairo',
  'Africa/Casablanca',
  'Africa/Lagos',
  'Africa/Nairobi',
  'America/New_York',
  'America/Sao_Paulo',
  'America/Toronto',
  'Asia/Amman',
  'Asia/Beirut',
  'Asia/Dubai',
  'Asia/Jakarta',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Europe/Berlin',
  'Europe/Brussels',
  'Europe/London',
  'Europe/Paris',
  'Europe/Stockholm',
];
