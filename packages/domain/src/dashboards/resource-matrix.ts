import type { GroupRow } from '../answers/answers.types.js';
import { referenceList } from './content-labels.js';
import { readAnswers, rowList, rowText, type DashboardInput } from './dashboard-input.js';

const DEPARTMENTS = 'strategy:resources:q:departments';
const ITEMS = 'strategy:resources:q:resource-items';

export type ResourceStatus = 'existing' | 'new' | 'both' | 'unspecified';

export interface MatrixRow {
  /** The department slug, or `partner:<name>` for a partner outside the city departments. */
  key: string;
  kind: 'department' | 'partner';
  label: string;
  /** Whether the city has this department (yes, no, unknown), when it was said. */
  exists: string | null;
  focalPointRole: string | null;
}

export interface MatrixCell {
  department: string;
  type: string;
  status: ResourceStatus;
  /** How many listed resource items back this cell (department rows count as none). */
  items: number;
}

export interface ResourceMatrix {
  departments: MatrixRow[];
  /** Every resource type of the content, so an empty column shows what nobody provides. */
  types: { slug: string; label: string }[];
  cells: MatrixCell[];
  /** Resource types no department or partner provides. */
  uncoveredTypes: string[];
  /** Cells that still have to be found (new only), e.g. to plan a budget request. */
  newOnly: number;
}

/**
 * Who contributes what: the departments' own answers (what each can contribute, existing or
 * new) merged with the list of resources the strategy needs (type, provider, existing or new).
 */
export function deriveResourceMatrix(input: DashboardInput): ResourceMatrix {
  const answers = readAnswers(input);
  const departmentLabels = new Map(
    referenceList(input.content, 'departments').map((d) => [d.slug, d.label]),
  );
  const types = referenceList(input.content, 'resource-types').map((t) => ({
    slug: t.slug,
    label: t.label,
  }));
  const rows = new Map<string, MatrixRow>();
  const marks = new Map<string, { existing: boolean; new: boolean; items: number }>();

  const ensureDepartment = (slug: string): string => {
    if (!rows.has(slug))
      rows.set(slug, {
        key: slug,
        kind: 'department',
        label: departmentLabels.get(slug) ?? slug,
        exists: null,
        focalPointRole: null,
      });
    return slug;
  };
  const ensurePartner = (name: string): string => {
    const key = `partner:${name.toLocaleLowerCase()}`;
    if (!rows.has(key))
      rows.set(key, { key, kind: 'partner', label: name, exists: null, focalPointRole: null });
    return key;
  };
  const mark = (rowKey: string, type: string, status: string | null, isItem: boolean) => {
    const id = `${rowKey}\u0000${type}`;
    const cell = marks.get(id) ?? { existing: false, new: false, items: 0 };
    if (status === 'existing' || status === 'both') cell.existing = true;
    if (status === 'new' || status === 'both') cell.new = true;
    if (isItem) cell.items += 1;
    marks.set(id, cell);
  };

  for (const row of answers.rows(DEPARTMENTS)) {
    const slug = rowText(row, 'department');
    if (!slug) continue;
    const entry = rows.get(ensureDepartment(slug))!;
    entry.exists = rowText(row, 'exists') ?? entry.exists;
    entry.focalPointRole = rowText(row, 'focalPointRole') ?? entry.focalPointRole;
    for (const type of rowList(row, 'contributes'))
      mark(slug, type, rowText(row, 'existingOrNew'), false);
  }
  for (const row of answers.rows(ITEMS)) {
    const type = rowText(row, 'type');
    const provider = providerOf(row);
    if (!type || !provider) continue;
    const key =
      provider.kind === 'department'
        ? ensureDepartment(provider.name)
        : ensurePartner(provider.name);
    mark(key, type, rowText(row, 'existingOrNew'), true);
  }

  const departmentOrder = [...departmentLabels.keys()];
  const departments = [...rows.values()].sort(
    (a, b) => rank(a, departmentOrder) - rank(b, departmentOrder) || a.label.localeCompare(b.label),
  );
  const typeOrder = types.map((t) => t.slug);
  const cells: MatrixCell[] = [];
  for (const row of departments) {
    for (const type of typeOrder) {
      const cell = marks.get(`${row.key}\u0000${type}`);
      if (cell)
        cells.push({ department: row.key, type, status: statusOf(cell), items: cell.items });
    }
  }
  const covered = new Set(cells.map((c) => c.type));
  return {
    departments,
    types,
    cells,
    uncoveredTypes: typeOrder.filter((t) => !covered.has(t)),
    newOnly: cells.filter((c) => c.status === 'new').length,
  };
}

/** The status of one department and resource type, or null when nothing is recorded. */
export function findCell(
  matrix: ResourceMatrix,
  department: string,
  type: string,
): MatrixCell | null {
  return matrix.cells.find((c) => c.department === department && c.type === type) ?? null;
}

function providerOf(row: GroupRow): { kind: 'department' | 'partner'; name: string } | null {
  const department = rowText(row, 'providedBy');
  if (department) return { kind: 'department', name: department };
  const partner = rowText(row, 'providedByOther');
  return partner ? { kind: 'partner', name: partner } : null;
}

function statusOf(cell: { existing: boolean; new: boolean }): ResourceStatus {
  if (cell.existing && cell.new) return 'both';
  if (cell.existing) return 'existing';
  return cell.new ? 'new' : 'unspecified';
}

// Departments in the chapter's order, the city's own after them, partners last.
function rank(row: MatrixRow, order: string[]): number {
  if (row.kind === 'partner') return order.length + 1;
  const index = order.indexOf(row.key);
  return index === -1 ? order.length : index;
}
