import type { GraphEdge, GraphNode } from '@parley/graph-schema';
import { factSource, numberProp } from '../../../lib/graph-properties';

/** Whether a fact was curated, reviewed by a person or extracted from raw text, and how sure the extractor was. */
export function ProvenanceBadge({ item }: { item: GraphNode | GraphEdge }) {
  const source = factSource(item);
  if (source === undefined) return null;
  if (source === 'curated')
    return (
      <span className="provenance provenance-curated" title="Entered and checked by hand">
        Curated
      </span>
    );
  if (source === 'reviewed')
    return (
      <span
        className="provenance provenance-reviewed"
        title="Extracted from the article, then checked or corrected by a person"
      >
        Reviewed
      </span>
    );
  const confidence = numberProp(item, 'confidence');
  return (
    <span
      className="provenance provenance-extracted"
      title="Found by Parley's extractor in the article text; curated facts win over it"
    >
      Extracted
      {confidence !== undefined && ` · ${Math.round(confidence * 100)}% confident`}
    </span>
  );
}
