import cytoscape, {
  type Core,
  type Layouts,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import type { ViewLayout } from '@parley/graph-schema';
import { animatesSmoothly } from './motion';

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
  /**
   * Called once a quick draft of a large graph laid out from scratch is in place, before the
   * full layout refines it (see DRAFT_FROM_NODES).
   */
  onDraft?: () => void;
};

/**
 * From this many nodes, a force-directed layout from scratch is drawn first as fcose's spectral
 * draft (about 50 ms at the 300-node cap), then refined from there: the full layout takes about
 * 0.8 s there, as long from the draft as from random places. Smaller graphs lay out in a blink.
 */
export const DRAFT_FROM_NODES = 150;

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

type FcoseQuality = 'draft' | 'default' | 'proof';

/** Layouts never fit by themselves: the camera does it afterwards (see camera.ts). */
function optionsFor(
  cy: Core,
  request: LayoutRequest,
  animate: boolean,
  quality?: FcoseQuality,
): LayoutOptions {
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
        // From random places 'default' draws as good a picture as 'proof' in about a third less
        // time at the 300-node cap (`npm run bench`). Layouts around fixed nodes keep 'proof'.
        quality: quality ?? (request.randomize ? 'default' : 'proof'),
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

/** Resolves once the browser has painted what was drawn so far. */
const afterNextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function startLayout(cy: Core, options: LayoutOptions): Promise<Layouts> {
  runningLayouts.get(cy)?.stop();
  const layout = cy.layout(options);
  runningLayouts.set(cy, layout);
  const done = layout.promiseOn('layoutstop').then(() => layout);
  layout.run();
  return done;
}

const startsFromDraft = (cy: Core, request: LayoutRequest) =>
  request.name === 'fcose' &&
  request.randomize === true &&
  request.fixedNodeIds === undefined &&
  cy.nodes().length >= DRAFT_FROM_NODES;

/**
 * Runs a layout to its end, stopping one still running; resolves at once when there is nothing
 * to lay out. A large graph laid out from scratch shows a painted draft first (see
 * DRAFT_FROM_NODES), then moves to the refined places, unless another layout started meanwhile.
 */
export async function runLayout(cy: Core, request: LayoutRequest): Promise<void> {
  if (cy.nodes().empty()) return;
  const animate = animatesSmoothly(cy);
  let options: LayoutOptions;
  let draft: LayoutOptions | null = null;
  try {
    if (request.name === 'fcose' || request.name === 'dagre') await registerExtension(request.name);
    options = optionsFor(cy, request, request.animate && animate);
    if (startsFromDraft(cy, request)) {
      draft = optionsFor(cy, request, false, 'draft');
      options = optionsFor(cy, { ...request, randomize: false }, animate, 'default');
    }
  } catch (error) {
    // A chunk that failed to download should not leave the graph in a heap: cose is built in.
    console.warn(`The ${request.name} layout could not load; using cose instead`, error);
    options = { name: 'cose', animate: false, fit: false, padding: LAYOUT_PADDING_PX };
  }
  if (cy.destroyed()) return;
  if (draft) {
    const drafted = await startLayout(cy, draft);
    request.onDraft?.();
    await afterNextPaint();
    if (cy.destroyed() || runningLayouts.get(cy) !== drafted) return;
  }
  const layout = await startLayout(cy, options);
  if (runningLayouts.get(cy) === layout) runningLayouts.delete(cy);
}
