import type { Locale } from '../../api/types.js';
import { useLocale } from '../../i18n/locale-context.js';
import { LOCALE_NAMES, SUPPORTED_LOCALES } from '../../i18n/locales.js';
import { useT } from '../../i18n/use-t.js';
import { useUpdateMe } from '../session/me.mutations.js';
import { useMe } from '../session/session.queries.js';

/** Language toggle in the header; a signed-in user's choice is also saved to their account. */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, changeLocale } = useLocale();
  const me = useMe();
  const updateMe = useUpdateMe();

  async function choose(next: Locale): Promise<void> {
    await changeLocale(next);
    if (me.data) updateMe.mutate({ locale: next });
  }

  return (
    <nav className="language-switcher" aria-label={t('header.languageNav')}>
      <ul className="language-switcher__list">
        {SUPPORTED_LOCALES.map((option) => (
          <li className="language-switcher__item" key={option}>
            {option === locale ? (
              <span className="language-switcher__current" lang={option} aria-current="true">
                {LOCALE_NAMES[option]}
              </span>
            ) : (
              <button
                type="button"
                className="language-switcher__button"
                lang={option}
                onClick={() => void choose(option)}
              >
                {LOCALE_NAMES[option]}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
