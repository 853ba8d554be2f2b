import { describe, expect, it } from 'vitest';
import { deriveResourceMatrix, findCell } from '../../src/dashboards/resource-matrix.js';
import { baseCity, inputFor, q, withAnswers } from './dashboards.helper.js';

const matrixOf = (changes: Parameters<typeof withAnswers>[1]) =>
  deriveResourceMatrix(inputFor(withAnswers(baseCity, changes)));

describe('department x resource-type matrix', () => {
  const base = deriveResourceMatrix(inputFor(baseCity));

  it('lists the departments in the chapter order and every resource type as a column', () => {
    expect(base.departments.map((d) => d.key)).toEqual([
      'crime-prevention-public-safety',
      'youth-education',
      'culture',
      'welfare',
    ]);
    expect(base.departments[0]).toMatchObject({
      label: 'Crime prevention and public safety',
      exists: 'yes',
      focalPointRole: 'Council secretary',
    });
    expect(base.types.map((t) => t.slug)).toEqual([
      'human',
      'financial',
      'material',
      'skills-training-expertise',
      'working-conditions',
    ]);
    expect(base.uncoveredTypes).toEqual([]);
  });

  it.each([
    // department row says existing; the coordinator item (existing) backs the same cell
    { department: 'crime-prevention-public-safety', type: 'human', status: 'existing', items: 1 },
    { department: 'culture', type: 'material', status: 'existing', items: 1 },
    { department: 'welfare', type: 'financial', status: 'both', items: 0 },
    {
      department: 'youth-education',
      type: 'skills-training-expertise',
      status: 'existing',
      items: 0,
    },
  ])('base city: $department / $type is $status', ({ department, type, status, items }) => {
    expect(findCell(base, department, type)).toMatchObject({ status, items });
  });

  it('leaves a cell empty when nobody said the department gives that resource', () => {
    expect(findCell(base, 'culture', 'human')).toBeNull();
  });

  it.each([
    {
      case: 'a department offering existing staff that also needs a new post becomes "both"',
      changes: {
        [q('resources', 'resource-items')]: [
          { id: 'post', type: 'human', providedBy: 'youth-education', existingOrNew: 'new' },
        ],
      },
      department: 'youth-education',
      type: 'human',
      status: 'both',
    },
    {
      case: 'a partner outside the departments gets its own row',
      changes: {
        [q('resources', 'resource-items')]: [
          { id: 'hall', type: 'material', providedByOther: 'Red Cross', existingOrNew: 'new' },
        ],
      },
      department: 'partner:red cross',
      type: 'material',
      status: 'new',
    },
    {
      case: 'a contribution without existing-or-new is unspecified',
      changes: {
        [q('resources', 'departments')]: [
          { id: 'd', department: 'sports', contributes: ['material'] },
        ],
        [q('resources', 'resource-items')]: undefined,
      },
      department: 'sports',
      type: 'material',
      status: 'unspecified',
    },
  ])('$case', ({ changes, department, type, status }) => {
    expect(findCell(matrixOf(changes), department, type)?.status).toBe(status);
  });

  it('slots a new department into the chapter order, puts partners last and counts new-only cells', () => {
    const matrix = matrixOf({
      [q('resources', 'resource-items')]: [
        { id: 'hall', type: 'material', providedByOther: 'Red Cross', existingOrNew: 'new' },
        { id: 'gym', type: 'material', providedBy: 'sports', existingOrNew: 'new' },
      ],
    });
    expect(matrix.departments.map((d) => d.key)).toEqual([
      'crime-prevention-public-safety',
      'youth-education',
      'sports',
      'culture',
      'welfare',
      'partner:red cross',
    ]);
    expect(matrix.departments.find((d) => d.key === 'partner:red cross')?.kind).toBe('partner');
    expect(matrix.newOnly).toBe(2);
  });

  it('shows every resource type as uncovered when nothing is recorded', () => {
    const matrix = matrixOf({
      [q('resources', 'departments')]: undefined,
      [q('resources', 'resource-items')]: undefined,
    });
    expect(matrix.departments).toEqual([]);
    expect(matrix.cells).toEqual([]);
    expect(matrix.uncoveredTypes).toHaveLength(5);
  });
});
