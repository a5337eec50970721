import { kindOfId } from '@parley/graph-schema';
import {
  PathFinder,
  SHORTCUT_HINTS,
  useCanvasCommands,
  useExplorerData,
  useSelectedEdge,
  useSelectedPair,
  WhoSaidWhatList,
} from '../features/explorer';
import { EdgeDetails, NodeDetails, PairDetails } from '../features/node-details';

const isParty = (id: string) => ['actor', 'institution'].includes(kindOfId(id) ?? '');

/** The right-hand panel: whatever is selected on the canvas, in words. */
export function DetailsColumn() {
  const { state } = useExplorerData();
  const commands = useCanvasCommands();
  const pair = useSelectedPair();
  const edge = useSelectedEdge();
  const selection = state.selection;

  if (selection?.type === 'node')
    return (
      <>
        <NodeDetails
          key={selection.id}
          nodeId={selection.id}
          onOpen={commands.open}
          onShowThread={commands.openThread}
          onGone={(id, into) => {
            commands.forget(id);
            if (into) commands.open(into);
          }}
        />
        {isParty(selection.id) && <PathFinder key={`path:${selection.id}`} fromId={selection.id} />}
      </>
    );
  if (pair)
    return (
      <>
        <button type="button" className="back-button" onClick={() => commands.select(null)}>
          ← All pairs
        </button>
        <PairDetails pair={pair} onOpen={commands.open} />
      </>
    );
  if (edge) return <EdgeDetails {...edge} onOpen={commands.open} />;
  if (state.mode === 'who-said-what') return <WhoSaidWhatList />;
  return (
    <div className="details-placeholder">
      <p>Select a node or an edge on the canvas, or search above, to see who said what to whom.</p>
      <dl className="shortcuts">
        <dt>{SHORTCUT_HINTS.search}</dt>
        <dd>search</dd>
        <dt>double-click, {SHORTCUT_HINTS.expand}</dt>
        <dd>expand a node</dd>
        <dt>{SHORTCUT_HINTS.collapse}</dt>
        <dd>collapse it</dd>
        <dt>{SHORTCUT_HINTS.hide}</dt>
        <dd>hide it</dd>
        <dt>
          {SHORTCUT_HINTS.previous} {SHORTCUT_HINTS.next}
        </dt>
        <dd>step along a statement thread</dd>
        <dt>Tab, then {SHORTCUT_HINTS.step}</dt>
        <dd>step from node to node on the canvas</dd>
        <dt>{SHORTCUT_HINTS.openDetails}</dt>
        <dd>open its details</dd>
        <dt>right-click, {SHORTCUT_HINTS.menu}</dt>
        <dd>its actions: expand by relationship, path to…</dd>
        <dt>
          {SHORTCUT_HINTS.addToSelection}, {SHORTCUT_HINTS.boxSelect}
        </dt>
        <dd>select several nodes</dd>
        <dt>{SHORTCUT_HINTS.undo}</dt>
        <dd>undo</dd>
        <dt>{SHORTCUT_HINTS.redo}</dt>
        <dd>redo</dd>
        <dt>
          {SHORTCUT_HINTS.zoomIn} {SHORTCUT_HINTS.zoomOut}
        </dt>
        <dd>zoom in, out</dd>
        <dt>{SHORTCUT_HINTS.fit}</dt>
        <dd>fit the graph in view</dd>
      </dl>
    </div>
  );
}
