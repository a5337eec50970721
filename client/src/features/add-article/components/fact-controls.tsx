import { guessLang } from '../../../lib/script';

type Party = { id: string; name: string };

/** Drops a fact from what will be written, or keeps it again. */
export function DropButton(props: { dropped: boolean; what: string; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="fact-drop"
      aria-pressed={props.dropped}
      aria-label={props.dropped ? `Keep this ${props.what}` : `Drop this ${props.what}`}
      onClick={props.onToggle}
    >
      {props.dropped ? 'Keep' : 'Drop'}
    </button>
  );
}

/** The article leaves the speaker open: a person picks who said it among the candidates. */
export function SpeakerChoice(props: {
  candidates: readonly Party[];
  chosen: string | null;
  onChoose: (partyId: string) => void;
}) {
  return (
    <label className="fact-speaker-choice">
      Who said it?{' '}
      <select value={props.chosen ?? ''} onChange={(e) => props.onChoose(e.target.value)}>
        {props.chosen === null && <option value="">Choose…</option>}
        {props.candidates.map((c) => (
          <option key={c.id} value={c.id} lang={guessLang(c.name)}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The addressees still kept, each with a button that takes it away. */
export function AddresseeChips(props: {
  addressees: readonly Party[];
  kept: readonly string[];
  onRemove: (partyId: string) => void;
}) {
  const kept = props.addressees.filter((a) => props.kept.includes(a.id));
  if (kept.length === 0) return null;
  return (
    <span className="fact-addressees">
      →{' '}
      {kept.map((a) => (
        <span key={a.id} className="fact-chip">
          <span lang={guessLang(a.name)}>{a.name}</span>
          <button
            type="button"
            className="fact-chip-remove"
            aria-label={`Remove ${a.name} as addressee`}
            onClick={() => props.onRemove(a.id)}
          >
            ×
          </button>
        </span>
      ))}
    </span>
  );
}
