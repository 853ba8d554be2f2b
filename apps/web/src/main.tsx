import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './app/query-client.js';
import { AppRoutes } from './app/app-routes.js';
import { LocaleProvider } from './i18n/locale-context.js';
import { applyDocumentLocale, detectLocale } from './i18n/locales.js';
import { loadMessages } from './i18n/load-messages.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/components.css';

async function start(): Promise<void> {
  const locale = detectLocale();
  // Load the chosen catalogue before the first paint so nobody sees English flash first.
  const messages = await loadMessages(locale);
  applyDocumentLocale(locale);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');

  createRoot(root).render(
    <StrictMode>
      <LocaleProvider initialLocale={locale} initialMessages={messages}>
        <QueryClientProvider client={createQueryClient()}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </LocaleProvider>
    </StrictMode>,
  );
}

void start();
