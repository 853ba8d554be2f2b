import { labelOf, referenceList } from './content-labels.js';
import { LEAD_UNDECIDED } from './lead-model-comparison.js';
import { readAnswers, rowList, rowText, type DashboardInput } from './dashboard-input.js';

const Q = {
  leadModel: 'strategy:institutionalisation:q:lead-model',
  leadKind: 'strategy:institutionalisation:q:lead-kind',
  leadEntity: 'strategy:institutionalisation:q:lead-entity',
  champion: 'strategy:institutionalisation:q:champion-role',
  focalPoint: 'strategy:institutionalisation:q:network-focal-point',
  members: 'strategy:institutionalisation:q:lead-body-members',
  contributors: 'strategy:institutionalisation:q:contributors',
  otherContributors: 'strategy:institutionalisation:q:contributors-other',
  sectors: 'strategy:principles:q:stakeholder-sectors',
  departments: 'strategy:resources:q:departments',
  items: 'strategy:resources:q:resource-items',
  funding: 'strategy:funding:q:sources',
} as const;

export type NetworkNodeKind =
  'lead' | 'champion' | 'focal-point' | 'sector' | 'department' | 'role' | 'partner' | 'funder';

export type NetworkEdgeKind =
  | 'champions'
  | 'city-focal-point'
  | 'sits-on-lead-body'
  | 'takes-part'
  | 'contributes'
  | 'focal-point-of'
  | 'funds';

export interface NetworkNode {
  id: string;
  kind: NetworkNodeKind;
  /** What the city wrote or the content's label; null only for a lead not chosen yet. */
  label: string | null;
  /** A second line: the lead's model and kind, a funder's type. */
  detail: string | null;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  kind: NetworkEdgeKind;
}

export interface StakeholderNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  lead: string;
  champion: string | null;
  /** Sectors outside government that sit on the lead body or take part. */
  outsideSectors: number;
}

export const LEAD_NODE_ID = 'lead';

/**
 * Who takes part and how they are linked, as nodes and edges around the lead: the champion
 * role, the city's focal point, the sectors on the lead body or taking part, the contributing
 * departments (with their focal-point roles), outside partners and funders. Roles and bodies
 * only: the answers hold no private people.
 */
export function deriveStakeholderNetwork(input: DashboardInput): StakeholderNetwork {
  const answers = readAnswers(input);
  const { content } = input;
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const addNode = (node: NetworkNode) => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
    return node.id;
  };
  const link = (source: string, target: string, kind: NetworkEdgeKind) => {
    const id = `${kind}:${source}->${target}`;
    if (!edges.has(id)) edges.set(id, { id, source, target, kind });
  };

  const model = answers.text(Q.leadModel);
  const kind = answers.text(Q.leadKind);
  const modelLabel = model ? labelOf(content, Q.leadModel, model) : null;
  const kindLabel = kind ? labelOf(content, Q.leadKind, kind) : null;
  addNode({
    id: LEAD_NODE_ID,
    kind: 'lead',
    label: answers.text(Q.leadEntity) ?? (model && model !== LEAD_UNDECIDED ? modelLabel : null),
    detail: [modelLabel, kindLabel].filter(Boolean).join(' · ') || null,
  });

  const championRole = answers.text(Q.champion);
  const champion = championRole
    ? addNode({ id: 'champion', kind: 'champion', label: championRole, detail: null })
    : null;
  if (champion) link(champion, LEAD_NODE_ID, 'champions');
  const focalRole = answers.text(Q.focalPoint);
  if (focalRole)
    link(
      addNode({ id: 'focal-point', kind: 'focal-point', label: focalRole, detail: null }),
      LEAD_NODE_ID,
      'city-focal-point',
    );

  const sector = (question: string, id: string) =>
    addNode({
      id: `sector:${id}`,
      kind: 'sector',
      label: labelOf(content, question, id),
      detail: null,
    });
  for (const id of answers.list(Q.members))
    link(sector(Q.members, id), LEAD_NODE_ID, 'sits-on-lead-body');
  for (const id of answers.list(Q.sectors)) link(sector(Q.sectors, id), LEAD_NODE_ID, 'takes-part');

  const departmentLabels = new Map(
    referenceList(content, 'departments').map((d) => [d.slug, d.label]),
  );
  const department = (slug: string) =>
    addNode({
      id: `department:${slug}`,
      kind: 'department',
      label: departmentLabels.get(slug) ?? slug,
      detail: null,
    });
  for (const slug of answers.list(Q.contributors))
    link(department(slug), LEAD_NODE_ID, 'contributes');
  for (const row of answers.rows(Q.departments)) {
    const slug = rowText(row, 'department');
    if (!slug || (rowList(row, 'contributes').length === 0 && !rowText(row, 'focalPointRole')))
      continue;
    const id = department(slug);
    link(id, LEAD_NODE_ID, 'contributes');
    const role = rowText(row, 'focalPointRole');
    if (role)
      link(
        addNode({ id: `role:${slug}`, kind: 'role', label: role, detail: null }),
        id,
        'focal-point-of',
      );
  }

  const partner = (name: string) =>
    addNode({
      id: `partner:${name.toLocaleLowerCase()}`,
      kind: 'partner',
      label: name,
      detail: null,
    });
  for (const name of splitNames(answers.text(Q.otherContributors)))
    link(partner(name), LEAD_NODE_ID, 'contributes');
  for (const row of answers.rows(Q.items)) {
    const name = rowText(row, 'providedByOther');
    if (name && !rowText(row, 'providedBy')) link(partner(name), LEAD_NODE_ID, 'contributes');
  }

  for (const row of answers.rows(Q.funding)) {
    const type = rowText(row, 'sourceType');
    const typeLabel = type ? labelOf(content, Q.funding, type, 'sourceType') : null;
    const name = rowText(row, 'name') ?? typeLabel;
    if (!name) continue;
    link(
      addNode({ id: `funder:${row.id}`, kind: 'funder', label: name, detail: typeLabel }),
      LEAD_NODE_ID,
      'funds',
    );
  }

  const outside = new Set(
    [...answers.list(Q.members), ...answers.list(Q.sectors)].filter(
      (id) => !GOVERNMENT_SECTORS.has(id),
    ),
  );
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    lead: LEAD_NODE_ID,
    champion,
    outsideSectors: outside.size,
  };
}

// Lead-body and stakeholder options that are themselves part of government.
const GOVERNMENT_SECTORS = new Set([
  'city-administration',
  'police-security',
  'other-public-services',
  'other-government-levels',
]);

/** "Schools board; Red Cross, Youth council" -> three partners. */
function splitNames(text: string | null): string[] {
  if (!text) return [];
  return [
    ...new Set(
      text
        .split(/[,;\n]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}
