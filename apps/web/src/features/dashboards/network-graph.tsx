// Loaded on demand (React.lazy) when the reader opens the graph view; the list beside it stays
// the accessible form of the same network.
import type { StakeholderNetwork } from '@concord/domain/engine';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';

// A shape per kind as well as a colour, so the kinds differ without colour vision.
const NODE_STYLE: Record<string, { shape: string; colour: string }> = {
  lead: { shape: 'round-rectangle', colour: '#12263a' },
  champion: { shape: 'star', colour: '#8a6d00' },
  'focal-point': { shape: 'diamond', colour: '#5b4a9e' },
  sector: { shape: 'ellipse', colour: '#007a5e' },
  department: { shape: 'rectangle', colour: '#0072b2' },
  role: { shape: 'triangle', colour: '#3d7fb0' },
  partner: { shape: 'hexagon', colour: '#a8467f' },
  funder: { shape: 'vee', colour: '#c45a00' },
};

// Cytoscape adds a <style> element unless one with this id exists; the Content Security Policy
// refuses inline styles, and dashboards.css already gives the container `position: relative`,
// so an inert marker with that id stands in for it.
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function markStylesheetPresent(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('template');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

export default function NetworkGraph(props: {
  network: StakeholderNetwork;
  label: string;
  leadLabel: string;
}) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    markStylesheetPresent();
    const { network } = props;
    const elements: ElementDefinition[] = [
      ...network.nodes.map((node) => ({
        data: {
          id: node.id,
          label: node.id === network.lead ? props.leadLabel : (node.label ?? ''),
          kind: node.kind,
        },
      })),
      ...network.edges.map((edge) => ({
        data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind },
      })),
    ];
    const graph = cytoscape({
      container: container.current,
      elements,
      layout: {
        name: 'concentric',
        // The lead in the middle, everyone tied to it on one ring (a second ring would draw
        // their links through the inner nodes), department focal points outside.
        concentric: (node) =>
          node.id() === network.lead ? 3 : node.data('kind') === 'role' ? 1 : 2,
        levelWidth: () => 1,
        minNodeSpacing: 40,
        animate: false,
      },
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'text-wrap': 'wrap',
            'text-max-width': '120px',
            'font-size': 13,
            'font-family': getComputedStyle(document.body).fontFamily,
            color: '#0b0c0c',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            width: 22,
            height: 22,
          },
        },
        ...Object.entries(NODE_STYLE).map(([kind, look]) => ({
          selector: `node[kind = "${kind}"]`,
          style: { shape: look.shape, 'background-color': look.colour },
        })),
        {
          selector: `node[kind = "lead"]`,
          style: { width: 36, height: 36, 'font-weight': 'bold' },
        },
        {
          selector: 'edge',
          style: { width: 1.5, 'line-color': '#8a8d8f', 'curve-style': 'straight' },
        },
        { selector: 'edge[kind = "funds"]', style: { 'line-style': 'dashed' } },
        { selector: 'edge[kind = "focal-point-of"]', style: { 'line-style': 'dotted' } },
      ] as cytoscape.StylesheetJson,
      // A still picture: no dragging or zooming that could trap scrolling or keyboard focus.
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
    });
    return () => graph.destroy();
  }, [props]);

  return <div ref={container} className="network-graph" role="img" aria-label={props.label} />;
}
