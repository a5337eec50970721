import {
  PartyPicker,
  type PartyPickerProps,
  type PickedParty,
} from '../../../../components/party-picker';
import { guessLang } from '../../../../lib/script';

type Props = {
  legend: string;
  parties: readonly PickedParty[];
  onAdd: (party: PickedParty) => void;
  onRemove: (id: string) => void;
  /** The last one cannot be taken away (a statement needs a speaker). */
  keepOne?: boolean;
  addLabel: string;
  /** What the search offers; actors and institutions when left out. */
  kind?: PartyPickerProps['kind'];
  /** Ids the search never offers beyond those listed (a statement cannot answer itself). */
  excludeIds?: readonly string[];
};

/** A list of parties as chips to take away, and a search to add one. */
export function PartyListEditor({
  legend,
  parties,
  onAdd,
  onRemove,
  keepOne,
  addLabel,
  kind,
  excludeIds = [],
}: Props) {
  return (
    <fieldset className="party-list-editor">
      <legend>{legend}</legend>
      <ul className="chips">
        {parties.length === 0 && <li className="muted">No one</li>}
        {parties.map((p) => (
          <li key={p.id} className="chip">
            <span lang={guessLang(p.name)}>{p.name}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove ${p.name} from ${legend.toLowerCase()}`}
              disabled={keepOne && parties.length === 1}
              title={keepOne && parties.length === 1 ? 'Add another one first' : undefined}
              onClick={() => onRemove(p.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <PartyPicker
        label={addLabel}
        onPick={onAdd}
        kind={kind}
        excludeIds={[...excludeIds, ...parties.map((p) => p.id)]}
      />
    </fieldset>
  );
}
