import { useEffect } from 'react';
import { useT } from '../i18n/use-t.js';

/** Sets the tab title; with errors it starts with "Error:", as screen-reader users hear it first. */
export function useDocumentTitle(title: string | undefined, hasErrors = false): void {
  const t = useT();
  useEffect(() => {
    if (title === undefined) return;
    document.title = hasErrors ? t('title.withError', { title }) : t('title.page', { title });
  }, [t, title, hasErrors]);
}
