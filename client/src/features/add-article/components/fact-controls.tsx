import { useId, useState } from 'react';
import { PartyPicker, type PickedParty } from '../../../components/party-picker';
import { guessLang } from '../../../lib/script';

type Party = PickedParty;

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

/**
 * A party chosen among those the article names, or anyone in the graph by search. With no
 * `value` it is an "add" control: each choice is handed over and the field starts blank again.
 */
export function PartyChooser(props: {
  label: string;
  options: readonly Party[];
  value: string | null;
  onChoose: (party: Party) => void;
  /** Parties not offered, e.g. addressees already there. */
  excludeIds?: readonly string[];
}) {
  const [searching, setSearching] = useState(false);
  const toggleId = useId();
  const exclude = props.excludeIds ?? [];
  const options = props.options.filter((o) => o.id === props.value || !exclude.includes(o.id));
  const choose = (party: Party) => {
    props.onChoose(party);
    setSearching(false);
  };
  const chooseFound = (party: Party) => {
    choose(party);
    // The search field goes away with the choice; the focus stays where the person was.
    requestAnimationFrame(() => document.getElementById(toggleId)?.focus());
  };
  return (
    <span className="party-chooser">
      <label>
        {props.label}{' '}
        <select
          value={props.value ?? ''}
          onChange={(e) => {
            const party = options.find((o) => o.id === e.target.value);
            if (party) choose(party);
          }}
        >
          {props.value === null && <option value="">Choose…</option>}
          {options.map((o) => (
            <option key={o.id} value={o.id} lang={guessLang(o.name)}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <button
        id={toggleId}
        type="button"
        className="link-button"
        aria-expanded={searching}
        onClick={() => setSearching((open) => !open)}
      >
        {searching ? 'Cancel search' : 'Search the graph…'}
      </button>
      {searching && (
        <PartyPicker
          label={`${props.label} (search the graph)`}
          onPick={chooseFound}
          excludeIds={exclude}
          autoFocus
        />
      )}
    </span>
  );
}

/** The addressees still kept, each with a button that takes it away. */
export function AddresseeChips(props: {
  addressees: readonly Party[];
  onRemove: (partyId: string) => void;
}) {
  if (props.addressees.length === 0) return null;
  return (
    <span className="fact-addressees">
      →{' '}
      {props.addressees.map((a) => (
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
