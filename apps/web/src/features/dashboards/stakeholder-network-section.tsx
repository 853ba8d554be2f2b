import type { NetworkNode, StakeholderNetwork } from '@concord/domain/engine';
import { lazy, Suspense, useId, useState } from 'react';
import { Button } from '../../components/button.js';
import { useT } from '../../i18n/use-t.js';
import { DashboardSection } from './dashboard-parts.js';
import { groupName, linkName, NODE_GROUPS } from './network-labels.js';

// cytoscape is large: it loads only when someone asks for the graph.
const NetworkGraph = lazy(() => import('./network-graph.js'));

export function StakeholderNetworkSection(props: { id: string; network: StakeholderNetwork }) {
  const t = useT();
  const graphId = useId();
  const [isGraphShown, setGraphShown] = useState(false);
  const { network } = props;
  const labelOf = (node: NetworkNode | undefined) =>
    node?.label ?? t('dashboard.network.leadNotChosen');
  const nodesById = new Map(network.nodes.map((n) => [n.id, n]));
  const members = network.nodes.length - 1;
  const summary = `${t('dashboard.network.summary', { count: members, lead: labelOf(nodesById.get(network.lead)) })} ${t('dashboard.network.outside', { count: network.outsideSectors })}`;

  return (
    <DashboardSection id={props.id} title={t('dashboard.network.title')}>
      <p className="body">{summary}</p>
      {members > 0 ? (
        <p>
          <Button
            variant="secondary"
            aria-expanded={isGraphShown}
            aria-controls={graphId}
            onClick={() => setGraphShown((shown) => !shown)}
          >
            {isGraphShown ? t('dashboard.network.hideGraph') : t('dashboard.network.showGraph')}
          </Button>
        </p>
      ) : null}
      <div id={graphId}>
        {isGraphShown ? (
          <Suspense fallback={<p className="body">{t('common.loading')}</p>}>
            <NetworkGraph
              network={network}
              label={summary}
              leadLabel={labelOf(nodesById.get(network.lead))}
            />
          </Suspense>
        ) : null}
      </div>
      <NetworkList network={network} labelOf={labelOf} />
    </DashboardSection>
  );
}

/** The accessible form of the graph: every node under its group, with its links in words. */
function NetworkList(props: {
  network: StakeholderNetwork;
  labelOf: (node: NetworkNode | undefined) => string;
}) {
  const t = useT();
  const { network, labelOf } = props;
  const nodesById = new Map(network.nodes.map((n) => [n.id, n]));
  return (
    <div className="network-list">
      {NODE_GROUPS.map((kind) => {
        const nodes = network.nodes.filter((n) => n.kind === kind);
        if (nodes.length === 0) return null;
        return (
          <div key={kind} className="network-list__group">
            <h3 className="heading-s">{groupName(kind, t)}</h3>
            <ul className="list">
              {nodes.map((node) => {
                const links = network.edges.filter((e) => e.source === node.id);
                return (
                  <li key={node.id} className="network-list__item">
                    <span className="network-list__name">{labelOf(node)}</span>
                    {node.detail ? <span className="hint hint--inline">{node.detail}</span> : null}
                    {links.length > 0 ? (
                      <span className="hint hint--inline">
                        {links
                          .map((e) => linkName(e.kind, labelOf(nodesById.get(e.target)), t))
                          .join('; ')}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
