import fc from 'fast-check';
import type { JsonSchema } from './route-table.js';

/** Strings people and attackers actually send: scripts, bidi controls, lone surrogates, NUL. */
export const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uDFFF x \uD83D',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'e\u0301\u0301\u0301\u0301',
  '🏳️‍🌈👩🏽‍💻',
  'مدينة تحترم الجميع',
  '=HYPERLINK("http://x")',
  '<script>alert(1)</script>',
  "'; drop table cities; --",
  '../../etc/passwd',
  '%00%2e%2e',
  '\r\n\r\nSet-Cookie: a=b',
  '\uFFFF\uFFFE',
];

const oddString = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

function asSchema(value: unknown): JsonSchema {
  return value !== null && typeof value === 'object' ? (value as JsonSchema) : {};
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1e6;
  const max = typeof schema.maximum === 'number' ? schema.maximum : 1e6;
  const low = Math.max(min, -1e9);
  const high = Math.min(max, 1e9);
  return integer
    ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) })
    : fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 60, 60);
  if (schema.format === 'date') return fc.constantFrom('2026-01-31', '2030-12-31', '1999-02-28');
  if (schema.format === 'date-time') return fc.constant('2026-01-31T09:00:00Z');
  if (schema.format === 'email') return fc.emailAddress();
  return fc.oneof(
    fc.string({ minLength, maxLength: Math.max(minLength, maxLength) }),
    oddString.filter((text) => text.length >= minLength && text.length <= maxLength),
  );
}

/**
 * Values that mostly fit a JSON Schema (the shapes a route expects), from which the malformed
 * generator departs. Refinements the schema cannot express (country codes, time zones) are not
 * honoured, so some of these are still rejected: that is fine, they are inputs too.
 */
export function arbitraryFromSchema(input: unknown, depth = 0): fc.Arbitrary<unknown> {
  const schema = asSchema(input);
  if (depth > 4) return fc.constant(null);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  const alternatives = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0) {
    return fc.oneof(...alternatives.map((item) => arbitraryFromSchema(item, depth + 1)));
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return fc.array(arbitraryFromSchema(schema.items, depth + 1), {
        minLength,
        maxLength: Math.max(minLength, 4),
      });
    }
    case 'object':
      return objectArbitrary(schema, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArbitrary(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = asSchema(schema.properties);
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const keys = Object.keys(properties);
  if (keys.length === 0) {
    return fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), {
      maxKeys: 4,
    });
  }
  return fc.record(
    Object.fromEntries(keys.map((key) => [key, arbitraryFromSchema(properties[key], depth + 1)])),
    { requiredKeys: keys.filter((key) => required.has(key)) },
  );
}
