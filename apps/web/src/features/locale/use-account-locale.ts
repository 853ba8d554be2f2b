import { useEffect, useRef } from 'react';
import type { Locale } from '../../api/types.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useMe } from '../session/session.queries.js';

/**
 * The language saved on the account wins when it arrives (sign-in, or saved on another device);
 * afterwards a choice in the header is not undone until the account's value changes again.
 */
export function useAccountLocale(): void {
  const me = useMe();
  const { locale, changeLocale } = useLocale();
  const accountLocale = me.data?.user.locale ?? null;
  const applied = useRef<Locale | null>(null);

  useEffect(() => {
    if (!accountLocale || accountLocale === applied.current) return;
    applied.current = accountLocale;
    if (accountLocale !== locale) void changeLocale(accountLocale);
  }, [accountLocale, locale, changeLocale]);
}
