import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { sendError } from '../errors/error-handler.js';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Concord: web app not built</title></head>
<body>
<main>
<h1>The Concord web app has not been built yet</h1>
<p>The server is running, but the pages for the browser are missing.
Run <code>npm run build</code> in the Concord folder, then reload this page.</p>
<p>The API is available under <a href="/api/docs">/api/docs</a>.</p>
</main>
</body>
</html>
`;

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

function wantsHtml(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  // Browser navigations ask for text/html; scripts, images and fetches ask for */* or a type.
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Serves the built web app (apps/web/dist): hashed assets cached for a year, everything else
 * revalidated. Any other browser navigation outside /api gets index.html so the client-side
 * router can take over; API misses get a JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webDistDir: string): Promise<void> {
  const indexFile = path.join(webDistDir, 'index.html');
  const isBuilt = existsSync(indexFile);

  if (isBuilt) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      prefix: '/',
      index: ['index.html'],
      cacheControl: false,
      setHeaders(res, filePath) {
        const isHashedAsset = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header(
          'cache-control',
          isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (isApiPath(url) || !wantsHtml(request)) {
      return sendError(reply, request, new AppError('not_found'));
    }
    if (!isBuilt) {
      return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
