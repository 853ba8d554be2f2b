import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { ProblemPage } from '../components/problem-page.js';
import { useAccountLocale } from '../features/locale/use-account-locale.js';
import { useT } from '../i18n/use-t.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';

/** Landmarks every page shares; the skip link is the first thing a keyboard reaches. */
export function AppLayout() {
  const t = useT();
  const location = useLocation();
  useAccountLocale();
  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('layout.skipLink')}
      </a>
      <SiteHeader />
      <div className="width-container">
        <main className="main" id="main-content" tabIndex={-1}>
          {/* Keyed by path so that moving to another page clears a previous page's error. */}
          <ErrorBoundary
            key={location.pathname}
            fallback={(error) => <ProblemPage error={error} />}
          >
            <Suspense fallback={<LoadingMessage />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
      <SiteFooter />
    </>
  );
}
