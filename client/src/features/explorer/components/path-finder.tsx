import { PATH_LIMITS, REL_TYPES, type GraphPath, type RelType } from '@parley/graph-schema';
import { useEffect, useRef, useState } from 'react';
import { PartyPicker, type PickedParty } from '../../../components/party-picker';
import { describeError } from '../../../lib/api-error';
import { usePaths } from '../api/get-paths';
import { EDGE_THEME } from '../cytoscape/theme';
import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { clearPathRequest, usePathRequested } from '../state/path-request-store';
import { showPath, useShownPath } from '../state/path-store';
import { describePath, pathSteps } from '../state/path-steps';

const REL_WORDS = Object.fromEntries(REL_TYPES.map((t) => [t, EDGE_THEME[t].name])) as Record<
  RelType,
  string
>;

const pathKey = (path: GraphPath) => path.edges.map((e) => e.id).join(' ');

function PathItem({
  path,
  index,
  shown,
  onShow,
}: {
  path: GraphPath;
  index: number;
  shown: boolean;
  onShow: () => void;
}) {
  const { start, steps } = pathSteps(path);
  const hops = path.edges.length;
  return (
    <li className={shown ? 'path-item shown' : 'path-item'}>
      <button
        type="button"
        aria-pressed={shown}
        aria-label={`Path ${index + 1}, ${hops} ${hops === 1 ? 'step' : 'steps'}: ${describePath(path, REL_WORDS)}`}
        onClick={onShow}
      >
        <span className="path-hops">
          {hops} {hops === 1 ? 'step' : 'steps'}
        </span>
        <span className="path-node">{start}</span>
        {steps.map((step, i) => (
          <span key={i} className="path-step">
            <span className="path-rel" style={{ color: EDGE_THEME[step.type].color }}>
              {step.forward ? `— ${REL_WORDS[step.type]} →` : `← ${REL_WORDS[step.type]} —`}
            </span>{' '}
            <span className="path-node">{step.to.label}</span>
          </span>
        ))}
      </button>
    </li>
  );
}

/**
 * "Path to…" from a party: choose another party, and the shortest chains between them (through
 * statements, meetings and affiliations) are listed; the chosen one is drawn on the canvas.
 */
export function PathFinder({ fromId }: { fromId: string }) {
  const { graph } = useExplorerData();
  const commands = useCanvasCommands();
  const shown = useShownPath();
  const [askingHere, setAsking] = useState(false);
  // "Path to…" chosen in the node's context menu opens the finder asking, as the button would.
  const requested = usePathRequested(fromId);
  const asking = askingHere || requested;
  useEffect(() => () => clearPathRequest(fromId), [fromId]);
  const [target, setTarget] = useState<PickedParty | null>(null);
  const paths = usePaths(fromId, target?.id ?? null);
  const fromName = graph.index.nodes.get(fromId)?.label ?? fromId;
  const found = paths.data?.paths;

  const draw = (path: GraphPath) => {
    if (!target) return;
    commands.addAll(path.nodes.map((n) => n.id));
    showPath({ fromName, toName: target.name, path });
  };
  const latestDraw = useRef(draw);
  useEffect(() => {
    latestDraw.current = draw;
  });
  // The shortest path is drawn as soon as it arrives; the others are a click away.
  useEffect(() => {
    const first = found?.[0];
    if (first) latestDraw.current(first);
  }, [found]);

  if (!asking)
    return (
      <section className="details-section path-finder">
        <button type="button" onClick={() => setAsking(true)}>
          Path to…
        </button>
      </section>
    );

  return (
    <section className="details-section path-finder" aria-labelledby="path-finder-title">
      <h3 id="path-finder-title">Path to…</h3>
      <PartyPicker
        label={`Find a path from ${fromName} to`}
        onPick={setTarget}
        excludeIds={[fromId]}
        autoFocus
      />
      {target && paths.isPending && (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> Finding paths to {target.name}…
        </p>
      )}
      {target && paths.isError && (
        <p role="alert" className="path-error">
          {describeError(paths.error)}{' '}
          <button type="button" onClick={() => void paths.refetch()}>
            Retry
          </button>
        </p>
      )}
      {target && found && found.length === 0 && (
        <p role="status">
          No chain of up to {PATH_LIMITS.maxHops} steps joins {fromName} and {target.name}.
        </p>
      )}
      {target && found && found.length > 0 && (
        <>
          <p role="status" className="details-meta">
            {found.length === 1 ? 'The shortest path' : `The ${found.length} shortest paths`} from{' '}
            {fromName} to {target.name}:
          </p>
          <ol className="path-list" aria-label={`Paths to ${target.name}`}>
            {found.map((path, i) => (
              <PathItem
                key={pathKey(path)}
                path={path}
                index={i}
                shown={shown !== null && pathKey(shown.path) === pathKey(path)}
                onShow={() => draw(path)}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
