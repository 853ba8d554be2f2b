import type { FastifySchemaCompiler, FastifyTypeProvider } from 'fastify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { describeZodIssues } from '../errors/zod-issues.js';

/**
 * Route schemas are zod schemas. This file teaches Fastify to validate with them (every issue
 * reported with its path), to serialise responses through them (unknown keys are stripped, so a
 * row never leaks a column by accident), and to describe them as JSON Schema for OpenAPI.
 */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

const PART_NAMES: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

function isZodSchema(value: unknown): value is z.ZodType {
  return value instanceof z.ZodType;
}

export const zodValidatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  if (!isZodSchema(schema)) {
    throw new Error(`Route schemas must be zod schemas (found a plain object for ${httpPart}).`);
  }
  const prefix = PART_NAMES[httpPart ?? 'body'] ?? String(httpPart);
  return (data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const fields = describeZodIssues(result.error.issues, prefix, data);
    return { error: new AppError('validation_failed', undefined, { fields }) };
  };
};

export const zodSerializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  if (!isZodSchema(schema)) return (data: unknown) => JSON.stringify(data);
  return (data: unknown) => JSON.stringify(schema.parse(data));
};

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return jsonSchema;
}

function convertPart(value: unknown, io: 'input' | 'output'): unknown {
  return isZodSchema(value) ? toJsonSchema(value, io) : value;
}

interface RouteSchemaForDocs {
  body?: unknown;
  querystring?: unknown;
  params?: unknown;
  headers?: unknown;
  response?: Record<string, unknown>;
  [key: string]: unknown;
}

/** @fastify/swagger `transform`: converts the zod parts of a route schema to JSON Schema. */
export function describeRouteSchemaForDocs({
  schema,
  url,
}: {
  schema: RouteSchemaForDocs | undefined;
  url: string;
}): { schema: RouteSchemaForDocs; url: string } {
  if (!schema) return { schema: {}, url };
  const { body, querystring, params, headers, response, ...rest } = schema;
  const transformed: RouteSchemaForDocs = { ...rest };
  if (body !== undefined) transformed.body = convertPart(body, 'input');
  if (querystring !== undefined) transformed.querystring = convertPart(querystring, 'input');
  if (params !== undefined) transformed.params = convertPart(params, 'input');
  if (headers !== undefined) transformed.headers = convertPart(headers, 'input');
  if (response !== undefined) {
    transformed.response = Object.fromEntries(
      Object.entries(response).map(([status, part]) => [status, convertPart(part, 'output')]),
    );
  }
  return { schema: transformed, url };
}
