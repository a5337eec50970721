import { stringListProp, stringProp } from '../../../lib/graph-properties';
import { useExplorerData } from '../data/explorer-data';
import { useHover } from '../state/hover-store';

const OFFSET_PX = 18;

/** The full text of a statement under the pointer; canvas labels only show its first words. */
export function NodeTooltip() {
  const hover = useHover();
  const { graph } = useExplorerData();
  if (!hover) return null;
  const node = graph.index.nodes.get(hover.nodeId);
  if (!node) return null;
  const text = stringProp(node, 'text');
  const lang = stringProp(node, 'lang');
  const summary = stringProp(node, 'summaryEn');
  return (
    <div
      className="node-tooltip"
      role="tooltip"
      style={{ left: hover.x + OFFSET_PX, top: hover.y + OFFSET_PX }}
    >
      {node.kind === 'statement' && text ? (
        <>
          <p className="node-tooltip-speaker">{stringListProp(node, 'speakerNames').join(' / ')}</p>
          <p lang={lang} className="original-text">
            {text}
          </p>
          {summary && lang !== 'en' && <p className="node-tooltip-summary">{summary}</p>}
        </>
      ) : (
        <p>{node.label}</p>
      )}
    </div>
  );
}
