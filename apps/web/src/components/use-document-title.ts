import { useEffect } from 'react';
import { useIntl } from 'react-intl';

/**
 * Sets the tab title; with errors it starts with "Error:", as screen-reader users hear it first.
 * Uses react-intl directly: a tab title gets no bidi isolation marks (see useT), so it stays
 * plain text for bookmarks and history.
 */
export function useDocumentTitle(title: string | undefined, hasErrors = false): void {
  const intl = useIntl();
  useEffect(() => {
    if (title === undefined) return;
    const plainTitle = title.replace(/[\u2068\u2069]/g, '');
    document.title = intl.formatMessage(
      { id: hasErrors ? 'title.withError' : 'title.page' },
      { title: plainTitle },
    );
  }, [intl, title, hasErrors]);
}
