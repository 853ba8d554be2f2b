import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import type { Locale } from '../api/types.js';
import { applyDocumentLocale, DEFAULT_LOCALE, formattingLocale, storeLocale } from './locales.js';
import { loadMessages, type Messages } from './load-messages.js';

interface LocaleState {
  locale: Locale;
  /** Loads the catalogue, then switches the whole page at once (no half-translated frame). */
  changeLocale: (locale: Locale) => Promise<void>;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider(props: {
  initialLocale: Locale;
  initialMessages: Messages;
  children: ReactNode;
}) {
  const [current, setCurrent] = useState({
    locale: props.initialLocale,
    messages: props.initialMessages,
  });

  const changeLocale = useCallback(async (locale: Locale) => {
    storeLocale(locale);
    const messages = await loadMessages(locale);
    applyDocumentLocale(locale);
    setCurrent({ locale, messages });
  }, []);

  const value = useMemo(
    () => ({ locale: current.locale, changeLocale }),
    [current.locale, changeLocale],
  );

  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider
        locale={formattingLocale(current.locale)}
        defaultLocale={DEFAULT_LOCALE}
        messages={current.messages}
      >
        {props.children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale must be used inside LocaleProvider');
  return state;
}
