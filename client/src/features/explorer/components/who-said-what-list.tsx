import { KindBadge } from '../../../components/kind-badge';
import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { pluralise } from '../../../lib/plural';

/**
 * The who-said-what edges as a list, most statements first: the same choices as clicking an
 * edge, for keyboards, screen readers and small screens.
 */
export function WhoSaidWhatList() {
  const { pairs, pairsStatus, state } = useExplorerData();
  const { selectPair } = useCanvasCommands();
  if (state.mode !== 'who-said-what') return null;
  if (pairsStatus === 'pending') return <p className="details-placeholder">Loading…</p>;
  const hidden = new Set(state.hiddenNodeIds);
  const shown = pairs
    .filter(
      (p) =>
        !state.filters.hiddenKinds.includes(p.speaker.kind) &&
        !state.filters.hiddenKinds.includes(p.addressee.kind) &&
        !hidden.has(p.speaker.id) &&
        !hidden.has(p.addressee.id),
    )
    .sort((a, b) => b.count - a.count || a.speaker.label.localeCompare(b.speaker.label));
  return (
    <section className="details" aria-labelledby="pairs-title">
      <h2 id="pairs-title" className="pairs-title">
        Who said what to whom
      </h2>
      <p className="muted">
        Each edge folds the statements one party addressed to another. Pick one to read them.
      </p>
      <ul className="plain-list pair-list">
        {shown.map((pair) => (
          <li key={`${pair.speaker.id}>${pair.addressee.id}`}>
            <button
              type="button"
              className="pair-item"
              onClick={() => selectPair(pair.speaker.id, pair.addressee.id)}
            >
              <span>
                <KindBadge kind={pair.speaker.kind} />
                {pair.speaker.label}
              </span>
              <span className="pair-arrow" aria-label="to">
                →
              </span>
              <span>
                <KindBadge kind={pair.addressee.kind} />
                {pair.addressee.label}
              </span>
              <span className="pair-count" aria-label={pluralise(pair.count, 'statement')}>
                {pair.count}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
