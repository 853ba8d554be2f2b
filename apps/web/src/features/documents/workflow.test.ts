import { describe, expect, it } from 'vitest';
import { actionsFor } from './workflow.js';

// The server's transitions (API-DOCUMENTS.md): draft -> in-review; in-review -> draft | submitted;
// submitted -> approved | returned. The page offers exactly those, and a new cycle once approved.
describe('actionsFor', () => {
  const offered = (status: Parameters<typeof actionsFor>[0]) =>
    actionsFor(status).map((action) => (action.kind === 'step' ? action.to : action.page));

  it.each([
    ['draft', ['in-review']],
    ['in-review', ['submitted', 'draft']],
    ['submitted', ['approve', 'return']],
    ['approved', ['new-cycle']],
    ['returned', []],
  ] as const)('%s offers %j', (status, expected) => {
    expect(offered(status)).toEqual(expected);
  });
});
