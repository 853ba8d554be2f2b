import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { compileMessages, parserFreeAlias } from './vite/compile-messages.plugin.js';

const apiTarget = process.env.CONCORD_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), compileMessages()],
  resolve: {
    // @concord/domain is consumed as TypeScript source, like vitest and tsc do.
    conditions: ['concord-source', ...defaultClientConditions],
    alias: [parserFreeAlias],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/bundle-size.mjs measure each lazy route with its own imports.
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Libraries the shell needs get stable chunks of their own (cached across app releases).
        // Listed by name, never "all of node_modules", so a library used by one lazy page only
        // (charts, graphs) stays out of the first load.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react-router|@tanstack|react-intl|@formatjs|intl-messageformat|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': {
        target: apiTarget,
        // The server rejects state-changing requests whose Origin is not its own (CSRF guard);
        // in development the page comes from Vite's port, so the proxy presents the API's origin.
        configure: (proxy) => {
          proxy.on('proxyReq', (proxyRequest) => {
            if (proxyRequest.getHeader('origin')) proxyRequest.setHeader('origin', apiTarget);
          });
        },
      },
    },
  },
});
