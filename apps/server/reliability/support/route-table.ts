import type { FastifyInstance } from 'fastify';

export type JsonSchema = Record<string, unknown>;

export interface RouteEntry {
  method: string;
  /** Fastify path, e.g. /api/v1/cities/:cityId/members */
  url: string;
  params: string[];
  /** The request body's JSON Schema, from the served OpenAPI document. */
  body?: JsonSchema;
  /** Query parameter names, from the served OpenAPI document. */
  query: string[];
}

const TREE_LINE = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?/;

/**
 * Every method and path of the running app, read from Fastify's own route table
 * (`printRoutes`), so a route added tomorrow is covered without touching this suite.
 */
export function readRouteTable(app: FastifyInstance): { method: string; url: string }[] {
  const routes: { method: string; url: string }[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = TREE_LINE.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    const segment = match[2] ?? '';
    // A wildcard child prints as `*` under its parent's path without the slash it follows.
    const parent = stack.join('');
    stack.push(segment.startsWith('*') && !parent.endsWith('/') ? `/${segment}` : segment);
    const url = stack.join('');
    for (const method of (match[3] ?? '').split(',').map((item) => item.trim())) {
      if (method) routes.push({ method, url });
    }
  }
  return routes;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** The route table joined with the body and query schemas the OpenAPI document gives. */
export async function describeRoutes(app: FastifyInstance): Promise<RouteEntry[]> {
  const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  const paths = (response.json() as { paths: Record<string, Record<string, OpenApiOperation>> })
    .paths;
  return readRouteTable(app).map(({ method, url }) => {
    const openApiPath = url.replace(/:(\w+)/g, '{$1}');
    const operation = paths[openApiPath]?.[method.toLowerCase()];
    const body = operation?.requestBody?.content?.['application/json']?.schema;
    return {
      method,
      url,
      params: [...url.matchAll(/:(\w+)/g)].map((match) => match[1] ?? ''),
      ...(body ? { body } : {}),
      query: (operation?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    };
  });
}

/** Fills a Fastify path with values for its parameters (`fallback` for any not given). */
export function fillPath(
  url: string,
  values: Record<string, string>,
  fallback?: (name: string) => string,
): string {
  return url.replace(/:(\w+)/g, (_whole, name: string) => {
    const value = values[name] ?? fallback?.(name);
    if (value === undefined) throw new Error(`no value for :${name} in ${url}`);
    return encodeURIComponent(value);
  });
}
