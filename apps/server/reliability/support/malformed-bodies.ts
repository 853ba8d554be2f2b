import fc from 'fast-check';
import type { JsonSchema } from './route-table.js';
import { ODD_STRINGS, arbitraryFromSchema } from './schema-arbitrary.js';

export type MalformedKind =
  | 'as-generated'
  | 'random-json'
  | 'wrong-type'
  | 'missing-field'
  | 'extra-field'
  | 'huge-string'
  | 'huge-array'
  | 'odd-unicode'
  | 'prototype-key'
  | 'deep-nesting'
  | 'invalid-json';

export interface MalformedBody {
  kind: MalformedKind;
  /** The exact bytes sent (as text), since some bodies cannot come from JSON.stringify. */
  text: string;
}

type Path = (string | number)[];
type Json = unknown;

const KINDS: { weight: number; arbitrary: fc.Arbitrary<MalformedKind> }[] = [
  ['as-generated', 2],
  ['random-json', 2],
  ['wrong-type', 4],
  ['missing-field', 2],
  ['extra-field', 2],
  ['huge-string', 1],
  ['huge-array', 1],
  ['odd-unicode', 3],
  ['prototype-key', 3],
  ['deep-nesting', 1],
  ['invalid-json', 1],
].map(([kind, weight]) => ({
  weight: weight as number,
  arbitrary: fc.constant(kind as MalformedKind),
}));

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
// 300 KB is under the 1 MB body limit (reaches validation); 1.2 MB must be refused with 413.
const HUGE_LENGTHS = [5_000, 300_000, 1_200_000];
const INVALID_JSON = [
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  'NaN',
  '[1,2',
  '{"a":undefined}',
  '\u0000',
];

const wrongValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(...ODD_STRINGS),
  fc.constant([]),
  fc.constant({}),
  fc.constant([1, 'two', null]),
  fc.constant(Number.MAX_SAFE_INTEGER + 2),
  fc.constant(-1),
);

/** Every place in a value where something can be replaced or removed (the root is []). */
function listPaths(value: Json, prefix: Path = [], out: Path[] = [[]]): Path[] {
  if (prefix.length > 6 || value === null || typeof value !== 'object') return out;
  for (const key of Object.keys(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    listPaths((value as Record<string, Json>)[key], path, out);
  }
  return out;
}

function containerAt(root: Json, path: Path): Record<string | number, Json> | undefined {
  let current: Json = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, Json>)[key];
  }
  return current !== null && typeof current === 'object'
    ? (current as Record<string | number, Json>)
    : undefined;
}

function replaceAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = containerAt(root, path.slice(0, -1));
  if (parent) parent[path[path.length - 1] as string] = value;
  return root;
}

function deleteAt(root: Json, path: Path): Json {
  if (path.length === 0) return undefined;
  const parent = containerAt(root, path.slice(0, -1));
  const key = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (parent) delete parent[key];
  return root;
}

function pick<T>(items: T[], seed: number): T {
  return items[seed % items.length] as T;
}

function objectPaths(root: Json): Path[] {
  return listPaths(root).filter((path) => {
    const target = path.length === 0 ? root : containerAt(root, path);
    return (
      target !== undefined &&
      target !== null &&
      typeof target === 'object' &&
      !Array.isArray(target)
    );
  });
}

/** An object inside the value to add keys to; wraps the value when it holds none. */
function someObject(root: Json, seed: number): { root: Json; holder: Record<string, Json> } {
  const paths = objectPaths(root);
  if (paths.length === 0) {
    const holder: Record<string, Json> = { value: root };
    return { root: holder, holder };
  }
  const path = pick(paths, seed);
  const holder = (path.length === 0 ? root : containerAt(root, path)) as Record<string, Json>;
  return { root, holder };
}

function mutate(kind: MalformedKind, base: Json, seed: number, extra: Json): string {
  const root = structuredClone(base);
  const paths = listPaths(root);
  switch (kind) {
    case 'as-generated':
      return JSON.stringify(root) ?? 'null';
    case 'random-json':
      return JSON.stringify(extra) ?? 'null';
    case 'wrong-type':
      return JSON.stringify(replaceAt(root, pick(paths, seed), extra)) ?? 'null';
    case 'missing-field':
      return JSON.stringify(deleteAt(root, pick(paths.slice(1).concat([[]]), seed)) ?? {});
    case 'extra-field': {
      const target = someObject(root, seed);
      target.holder[pick(ODD_STRINGS, seed) || 'unexpected'] = extra;
      return JSON.stringify(target.root);
    }
    case 'huge-string':
      return JSON.stringify(
        replaceAt(root, pick(paths, seed), 'é'.repeat(pick(HUGE_LENGTHS, seed))),
      );
    case 'huge-array':
      return JSON.stringify(
        replaceAt(
          root,
          pick(paths, seed),
          Array.from({ length: 50_000 }, (_, i) => (i % 2 ? 'a' : {})),
        ),
      );
    case 'odd-unicode':
      return JSON.stringify(replaceAt(root, pick(paths, seed), pick(ODD_STRINGS, seed >> 3)));
    case 'prototype-key': {
      const target = someObject(root, seed);
      // An own property named __proto__, as JSON.parse would produce; assignment would not.
      Object.defineProperty(target.holder, pick(PROTOTYPE_KEYS, seed >> 2), {
        value: seed % 2 ? { polluted: true } : { prototype: { polluted: true } },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return JSON.stringify(target.root);
    }
    case 'deep-nesting': {
      const depth = pick([100, 2_000, 20_000], seed);
      const nested =
        seed % 2
          ? '['.repeat(depth) + ']'.repeat(depth)
          : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      return JSON.stringify(replaceAt(root, pick(paths, seed), '__NESTED__')).replace(
        '"__NESTED__"',
        nested,
      );
    }
    case 'invalid-json':
      return pick(INVALID_JSON, seed);
  }
}

/** `count` malformed bodies for a route whose body follows `schema`, reproducible by `seed`. */
export function generateMalformedBodies(
  schema: JsonSchema,
  { count, seed }: { count: number; seed: number },
): MalformedBody[] {
  const arbitrary = fc
    .tuple(
      fc.oneof(...KINDS),
      arbitraryFromSchema(schema),
      fc.nat(),
      fc.oneof(wrongValue, fc.jsonValue({ maxDepth: 3 })),
    )
    .map(([kind, base, choice, extra]) => ({ kind, text: mutate(kind, base, choice, extra) }));
  return fc.sample(arbitrary, { numRuns: count, seed });
}
