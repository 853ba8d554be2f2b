import type { core } from 'zod';
import type { FieldProblem } from './app-error.js';

type Issue = core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter((part) => part !== '').join('.');
}

function describeTooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'string') {
    return minimum <= 1 ? 'This field cannot be empty.' : `Use at least ${minimum} characters.`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return `Add at least ${minimum} ${minimum === 1 ? 'item' : 'items'}.`;
  }
  return issue.inclusive ? `Must be ${minimum} or more.` : `Must be more than ${minimum}.`;
}

function describeTooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const maximum = Number(issue.maximum);
  if (issue.origin === 'string') return `Use at most ${maximum} characters.`;
  if (issue.origin === 'array' || issue.origin === 'set') return `Use at most ${maximum} items.`;
  return issue.inclusive ? `Must be ${maximum} or less.` : `Must be less than ${maximum}.`;
}

/**
 * Turns one zod issue into plain-language field problems. Schemas may set their own message;
 * zod's built-in messages are developer-speak, so known codes are reworded here.
 */
function describeIssue(issue: Issue, prefix: string, input: unknown): FieldProblem[] {
  const path = joinPath(prefix, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: joinPath(path, [key]),
        message: 'This field is not allowed.',
      }));
    case 'invalid_type': {
      const missing = valueAt(input, issue.path) === undefined;
      if (missing) return [{ path, message: 'This field is required.' }];
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [{ path, message: `Must be ${expected}.` }];
    }
    case 'too_small':
      return [{ path, message: hasCustomMessage(issue) ? issue.message : describeTooSmall(issue) }];
    case 'too_big':
      return [{ path, message: hasCustomMessage(issue) ? issue.message : describeTooBig(issue) }];
    case 'invalid_value':
      return [
        {
          path,
          message: hasCustomMessage(issue)
            ? issue.message
            : `Choose one of: ${issue.values.map(String).join(', ')}.`,
        },
      ];
    case 'invalid_format':
      return [
        {
          path,
          message: hasCustomMessage(issue) ? issue.message : 'This is not in the expected format.',
        },
      ];
    case 'invalid_union':
      return [
        {
          path,
          message: hasCustomMessage(issue) ? issue.message : 'This value is not valid here.',
        },
      ];
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return [{ path, message: issue.message }];
  }
}

// Zod's own messages start with these words; anything else was written by us in a schema.
function hasCustomMessage(issue: Issue): boolean {
  return !/^(Invalid|Too (small|big)|Expected)/.test(issue.message);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Every problem of a failed parse, each with its full path (e.g. `body.members.0.email`). */
export function describeZodIssues(
  issues: readonly Issue[],
  prefix: string,
  input: unknown,
): FieldProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, prefix, input));
}
