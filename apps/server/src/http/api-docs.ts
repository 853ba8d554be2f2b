import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { API_DOCS_CONTENT_SECURITY_POLICY } from './security-headers.js';
import { describeRouteSchemaForDocs } from './zod-schemas.js';

/**
 * OpenAPI generated from the zod route schemas. Must be registered before the routes so that
 * @fastify/swagger sees them being added.
 */
export async function registerApiDocs(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Concord API',
        version: '1',
        description:
          'Concord helps city governments build and check their strategy for preventing hate, ' +
          'extremism and polarisation. Errors share one shape: { error: { code, message, fields? }, requestId }.',
      },
      servers: [{ url: publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-concord_session' },
        },
      },
    },
    transform: describeRouteSchemaForDocs as never,
  });

  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: API_DOCS_CONTENT_SECURITY_POLICY,
    uiConfig: { docExpansion: 'list', deepLinking: false },
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
