import {
  NODE_COLOURINGS,
  NODE_KINDS,
  NODE_SIZINGS,
  REL_TYPES,
  type NodeColouring,
  type NodeKind,
  type NodeSizing,
} from '@parley/graph-schema';
import { EDGE_THEME, NODE_THEME, type LineStyle } from '../cytoscape/theme';
import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { languageName } from '../../../lib/script';
import { languageColour, NO_LANGUAGE_COLOUR } from '../state/node-emphasis';
import { SAID_TO, type CanvasEdgeType } from '../state/canvas-elements';
import { showPath, useShownPath } from '../state/path-store';

const DASHES: Record<LineStyle, string | undefined> = {
  solid: undefined,
  dashed: '5 3',
  dotted: '1.5 3',
};

function NodeSwatch({
  kind,
  colour,
}: {
  kind: NodeKind;
  colour?: { fill: string; stroke: string };
}) {
  const color = colour?.fill ?? NODE_THEME[kind].color;
  const border = colour?.stroke ?? NODE_THEME[kind].border;
  const common = { fill: color, stroke: border, strokeWidth: 1.5 };
  return (
    <svg width="22" height="18" viewBox="0 0 22 18" aria-hidden="true">
      {kind === 'actor' && <circle cx="11" cy="9" r="7" {...common} />}
      {kind === 'institution' && <polygon points="5,2 17,2 21,9 17,16 5,16 1,9" {...common} />}
      {kind === 'statement' && <rect x="3" y="4" width="16" height="10" rx="3" {...common} />}
      {kind === 'article' && <rect x="6" y="1" width="10" height="16" {...common} />}
    </svg>
  );
}

function EdgeSwatch({ type }: { type: CanvasEdgeType }) {
  const { color, width, line } = EDGE_THEME[type];
  return (
    <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2="26"
        y2="6"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={DASHES[line]}
      />
      <polygon points="26,2 33,6 26,10" fill={color} />
    </svg>
  );
}

const SIZING_LABELS: Record<NodeSizing, string> = {
  kind: 'kind',
  degree: 'degree',
  statements: 'statements',
};
const COLOURING_LABELS: Record<NodeColouring, string> = { kind: 'kind', language: 'language' };

/** What node size and colour stand for: undoable, and kept in the view's link. */
function EmphasisChoice() {
  const { state } = useExplorerData();
  const commands = useCanvasCommands();
  return (
    <div className="legend-choice">
      <label title="Parties by their links on the canvas, or by the statements they made and received">
        Size by
        <select
          value={state.nodeSize}
          onChange={(event) => commands.setNodeSize(event.target.value as NodeSizing)}
        >
          {NODE_SIZINGS.map((sizing) => (
            <option key={sizing} value={sizing}>
              {SIZING_LABELS[sizing]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Colour by
        <select
          value={state.nodeColour}
          onChange={(event) => commands.setNodeColour(event.target.value as NodeColouring)}
        >
          {NODE_COLOURINGS.map((colouring) => (
            <option key={colouring} value={colouring}>
              {COLOURING_LABELS[colouring]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** What shapes and lines mean, drawn from the same theme as the canvas. */
export function Legend() {
  const { state, facets } = useExplorerData();
  const shownPath = useShownPath();
  const byLanguage = state.nodeColour === 'language';
  const edgeTypes: CanvasEdgeType[] = state.mode === 'who-said-what' ? [SAID_TO] : [...REL_TYPES];
  const kinds: NodeKind[] =
    state.mode === 'who-said-what' ? ['actor', 'institution'] : [...NODE_KINDS];
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <EmphasisChoice />
      <ul className="legend-list">
        {kinds.map((kind) => (
          <li key={kind}>
            <NodeSwatch kind={kind} colour={byLanguage ? NO_LANGUAGE_COLOUR : undefined} />{' '}
            {NODE_THEME[kind].name}
          </li>
        ))}
      </ul>
      {byLanguage && (
        <ul className="legend-list" aria-label="Languages">
          {facets.langs.map(({ lang }) => (
            <li key={lang}>
              <NodeSwatch kind="statement" colour={languageColour(lang)} /> {languageName(lang)}
            </li>
          ))}
        </ul>
      )}
      <ul className="legend-list">
        {edgeTypes.map((type) => (
          <li key={type} title={EDGE_THEME[type].description}>
            <EdgeSwatch type={type} /> {EDGE_THEME[type].name}
            <span className="legend-note">{EDGE_THEME[type].description}</span>
          </li>
        ))}
      </ul>
      {facets.sources.extracted > 0 && (
        <p className="legend-note">
          <span className="extracted-swatch" aria-hidden="true" /> dashed outline, faint line:
          extracted automatically from article text
        </p>
      )}
      {facets.sources.reviewed > 0 && (
        <p className="legend-note">
          <span className="reviewed-swatch" aria-hidden="true" /> double outline: extracted, then
          checked or corrected by a person
        </p>
      )}
      {shownPath && (
        <p className="legend-note">
          <span className="highlight-swatch" aria-hidden="true" /> the path from{' '}
          {shownPath.fromName} to {shownPath.toName}{' '}
          <button type="button" className="link-button" onClick={() => showPath(null)}>
            Clear path
          </button>
        </p>
      )}
      {state.threadStatementId && (
        <p className="legend-note">
          <span className="highlight-swatch" aria-hidden="true" /> the open statement thread
        </p>
      )}
    </section>
  );
}
