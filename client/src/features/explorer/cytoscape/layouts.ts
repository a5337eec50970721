import cytoscape, {
  type Core,
  type Layouts,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import type { ViewLayout } from '@parley/graph-schema';

const ANIMATION_MS = 450;
const LAYOUT_PADDING_PX = 40;

export type LayoutRequest = {
  name: ViewLayout;
  /** Incremental: these nodes keep their place and only the others are laid out around them. */
  fixedNodeIds?: ReadonlySet<string>;
  /** Start from scratch (first view): positions so far mean nothing. */
  randomize?: boolean;
  focusNodeId: string | null;
  /** Thread view: edges point from answer to what it answers, so oldest ends up on top. */
  readOldestFirst?: boolean;
  animate: boolean;
};

export const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/**
 * Layout extensions load on first use: dagre (with lodash under it) only serves threads, and
 * fcose downloads while the first view's data is on its way, which keeps the initial bundle small.
 */
const LAYOUT_EXTENSIONS = {
  fcose: () => import('cytoscape-fcose'),
  dagre: () => import('cytoscape-dagre'),
} as const;

const registrations = new Map<keyof typeof LAYOUT_EXTENSIONS, Promise<void>>();

function registerExtension(name: keyof typeof LAYOUT_EXTENSIONS): Promise<void> {
  let registration = registrations.get(name);
  if (!registration) {
    registration = LAYOUT_EXTENSIONS[name]().then(
      ({ default: extension }) => {
        cytoscape.use(extension);
      },
      (error: unknown) => {
        registrations.delete(name);
        throw error;
      },
    );
    registrations.set(name, registration);
  }
  return registration;
}

/** Starts the download early; the first layout would wait for it otherwise. */
export const preloadDefaultLayout = () => registerExtension('fcose');

/** Rings by hops from the focus: the focus in the middle, its neighbours next, and so on. */
export function hopsFrom(cy: Core, focusId: string): Map<string, number> {
  const hops = new Map<string, number>();
  const root = cy.getElementById(focusId);
  if (root.empty()) return hops;
  cy.elements().bfs({
    roots: root,
    directed: false,
    visit: (node, _edge, _prev, _i, depth) => {
      hops.set(node.id(), depth);
    },
  });
  return hops;
}

/** Layouts never fit by themselves: the camera does it afterwards (see camera.ts). */
function optionsFor(cy: Core, request: LayoutRequest, animate: boolean): LayoutOptions {
  const common = {
    animate,
    animationDuration: ANIMATION_MS,
    fit: false,
    padding: LAYOUT_PADDING_PX,
  };
  switch (request.name) {
    case 'fcose': {
      const fixed = request.fixedNodeIds;
      return {
        name: 'fcose',
        ...common,
        // Nothing shows before the first view's layout ends. From random places 'default' draws
        // as good a picture as 'proof' in about a third less time at the 300-node cap, the bulk
        // of the first view there (`npm run bench`). Layouts around fixed nodes keep 'proof'.
        quality: request.randomize ? 'default' : 'proof',
        randomize: request.randomize ?? false,
        // Labels are mostly hidden at overview zoom; counting them would spread the graph thin.
        nodeDimensionsIncludeLabels: false,
        idealEdgeLength: () => 95,
        nodeRepulsion: () => 16000,
        tilingPaddingHorizontal: 60,
        tilingPaddingVertical: 30,
        packComponents: false,
        fixedNodeConstraint: fixed ? fixedPositions(cy, fixed) : undefined,
      } as LayoutOptions;
    }
    case 'concentric': {
      const focus = request.focusNodeId ?? mostConnected(cy)?.id();
      const hops = focus ? hopsFrom(cy, focus) : new Map<string, number>();
      const outermost = Math.max(0, ...hops.values()) + 1;
      return {
        name: 'concentric',
        ...common,
        concentric: (node: NodeSingular) => outermost - (hops.get(node.id()) ?? outermost),
        levelWidth: () => 1,
        minNodeSpacing: 36,
        spacingFactor: 1.1,
      } as LayoutOptions;
    }
    case 'dagre':
      return {
        name: 'dagre',
        ...common,
        rankDir: request.readOldestFirst ? 'BT' : 'TB',
        nodeSep: 60,
        rankSep: 80,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
  }
}

function fixedPositions(cy: Core, fixed: ReadonlySet<string>) {
  const constraints: { nodeId: string; position: { x: number; y: number } }[] = [];
  cy.nodes().forEach((node) => {
    if (fixed.has(node.id()))
      constraints.push({ nodeId: node.id(), position: { ...node.position() } });
  });
  return constraints;
}

function mostConnected(cy: Core): NodeSingular | undefined {
  let best: NodeSingular | undefined;
  cy.nodes().forEach((node) => {
    if (!best || node.degree(false) > best.degree(false)) best = node;
  });
  return best;
}

const runningLayouts = new WeakMap<Core, Layouts>();

/** Runs a layout to its end, stopping one still running; resolves at once when there is nothing to lay out. */
export async function runLayout(cy: Core, request: LayoutRequest): Promise<void> {
  if (cy.nodes().empty()) return;
  let options: LayoutOptions;
  try {
    if (request.name === 'fcose' || request.name === 'dagre') await registerExtension(request.name);
    options = optionsFor(cy, request, request.animate && !prefersReducedMotion());
  } catch (error) {
    // A chunk that failed to download should not leave the graph in a heap: cose is built in.
    console.warn(`The ${request.name} layout could not load; using cose instead`, error);
    options = { name: 'cose', animate: false, fit: false, padding: LAYOUT_PADDING_PX };
  }
  if (cy.destroyed()) return;
  runningLayouts.get(cy)?.stop();
  const layout = cy.layout(options);
  runningLayouts.set(cy, layout);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
  if (runningLayouts.get(cy) === layout) runningLayouts.delete(cy);
}
