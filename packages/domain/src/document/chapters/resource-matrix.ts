import { optionLabel } from '../answer-values.js';
import { definition, definitions, heading, table } from '../block-builders.js';
import type { DocumentContext } from '../document-context.js';
import type { Block } from '../document.types.js';

export const DEPARTMENTS = 'strategy:resources:q:departments';
const RESOURCE_ITEMS = 'strategy:resources:q:resource-items';

type Provision = 'existing' | 'new' | 'unspecified';

/**
 * Department x resource type: who contributes what, and whether it already exists or must be
 * found. Built from the department rows and from the itemised resources, so a department
 * that provides a resource shows up even where its own row says less.
 */
export function buildResourceMatrix(ctx: DocumentContext): Block[] {
  const types = ctx.content.library.reference['resource-types'] ?? [];
  const departmentOptions = ctx.question(DEPARTMENTS)?.fieldsByKey?.get('department')?.options;
  const cells = new Map<string, Map<string, Set<Provision>>>();
  const mark = (department: unknown, type: unknown, provision: Provision[]) => {
    if (typeof department !== 'string' || typeof type !== 'string') return;
    let row = cells.get(department);
    if (!row) cells.set(department, (row = new Map()));
    let cell = row.get(type);
    if (!cell) row.set(type, (cell = new Set()));
    for (const p of provision) cell.add(p);
  };

  for (const row of ctx.rows(DEPARTMENTS)) {
    if (typeof row.department !== 'string') continue;
    // A department that contributes nothing yet still gets its (empty) row: that is a gap.
    if (!cells.has(row.department)) cells.set(row.department, new Map());
    const contributes = Array.isArray(row.contributes) ? row.contributes : [];
    for (const type of contributes) mark(row.department, type, provisionOf(row.existingOrNew));
  }
  for (const item of ctx.rows(RESOURCE_ITEMS)) {
    mark(item.providedBy, item.type, provisionOf(item.existingOrNew));
  }
  if (cells.size === 0) return [];

  const { resources } = ctx.labels;
  const cellText = (cell: Set<Provision> | undefined): string => {
    if (!cell || cell.size === 0) return '';
    if (cell.has('existing') && cell.has('new')) return resources.both;
    if (cell.has('existing')) return resources.existing;
    if (cell.has('new')) return resources.new;
    return ctx.labels.yesNoUnknown.yes;
  };
  const blocks: Block[] = [
    heading(3, resources.matrixHeading),
    table({
      caption: resources.matrixCaption,
      header: [resources.department, ...types.map((t) => t.label)],
      rows: [...cells].map(([department, row]) => [
        optionLabel(departmentOptions, department),
        ...types.map((t) => cellText(row.get(t.slug))),
      ]),
    }),
  ];

  const focalPoints = ctx
    .rows(DEPARTMENTS)
    .filter((row) => typeof row.focalPointRole === 'string' && row.department !== undefined)
    .map((row) =>
      definition(
        optionLabel(departmentOptions, String(row.department)),
        String(row.focalPointRole),
      ),
    );
  if (focalPoints.length > 0)
    blocks.push(heading(3, resources.focalPoints), definitions(focalPoints));
  return blocks;
}

function provisionOf(value: unknown): Provision[] {
  if (value === 'existing') return ['existing'];
  if (value === 'new') return ['new'];
  if (value === 'both') return ['existing', 'new'];
  return ['unspecified'];
}
