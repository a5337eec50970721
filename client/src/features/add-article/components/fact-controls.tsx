import { useId, useState } from 'react';
import { PartyPicker, type PickedParty } from '../../../components/party-picker';
import { guessLang } from '../../../lib/script';
import { newParty, type NewParty } from '../model/review';

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

/** Names a party nobody in the article or the graph is: a person or an institution. */
function NewPartyForm({ onCreate }: { onCreate: (party: NewParty) => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<NewParty['kind']>('actor');
  const party = newParty(name, kind);
  const create = () => {
    if (!party) return;
    onCreate(party);
    setName('');
  };
  return (
    <span className="new-party">
      <input
        aria-label="Name of the new party"
        placeholder="Full name, in Latin script"
        value={name}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          create();
        }}
      />
      <select
        aria-label="Kind of the new party"
        value={kind}
        onChange={(e) => setKind(e.target.value === 'institution' ? 'institution' : 'actor')}
      >
        <option value="actor">person</option>
        <option value="institution">institution</option>
      </select>
      <button type="button" disabled={!party} onClick={create}>
        Create
      </button>
    </span>
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
  /** A party the person names themselves; offered when given. */
  onCreate?: (party: NewParty) => void;
}) {
  const [searching, setSearching] = useState(false);
  const [creating, setCreating] = useState(false);
  const toggleId = useId();
  const newToggleId = useId();
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
      {props.onCreate && (
        <button
          id={newToggleId}
          type="button"
          className="link-button"
          aria-expanded={creating}
          onClick={() => setCreating((open) => !open)}
        >
          {creating ? 'Cancel new' : 'New…'}
        </button>
      )}
      {creating && props.onCreate && (
        <NewPartyForm
          onCreate={(party) => {
            props.onCreate?.(party);
            setCreating(false);
            requestAnimationFrame(() => document.getElementById(newToggleId)?.focus());
          }}
        />
      )}
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
