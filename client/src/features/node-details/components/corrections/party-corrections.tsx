import type { GraphNode } from '@parley/graph-schema';
import { useState } from 'react';
import { PartyPicker, type PickedParty } from '../../../../components/party-picker';
import { stringListProp, stringProp } from '../../../../lib/graph-properties';
import { guessLang } from '../../../../lib/script';
import { useMergeParty } from '../../api/merge-party';
import { useUpdateParty } from '../../api/update-party';
import { addAlias, partyPatch, removeAlias, type PartyDraft } from '../../model/party-draft';
import { ConfirmButton } from './confirm-button';
import { CorrectionSection } from './correction-section';
import { WriteStatus } from './write-status';

type PartyKind = 'actor' | 'institution';

const draftOf = (node: GraphNode): PartyDraft => {
  const name = stringProp(node, 'name') ?? node.label;
  return {
    name,
    role: stringProp(node, 'role') ?? '',
    aliases: stringListProp(node, 'aliases').filter((a) => a !== name),
  };
};

/** Name, role and spellings, edited together and saved as one correction. */
function PartyForm({
  node,
  kind,
  update,
}: {
  node: GraphNode;
  kind: PartyKind;
  update: ReturnType<typeof useUpdateParty>;
}) {
  const before = draftOf(node);
  const [draft, setDraft] = useState(before);
  const [spelling, setSpelling] = useState('');
  const [keepOldName, setKeepOldName] = useState(true);
  const hasRole = kind === 'actor';
  const patch = partyPatch(before, draft, { keepOldName, hasRole });
  const renamed = draft.name.trim() !== '' && draft.name.trim() !== before.name;
  const addSpelling = () => {
    setDraft((d) => addAlias(d, spelling));
    setSpelling('');
  };
  return (
    <form
      className="party-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (patch) update.mutate({ id: node.id, patch });
      }}
    >
      <label>
        Name
        <input
          value={draft.name}
          onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
          aria-invalid={draft.name.trim() === ''}
        />
      </label>
      {renamed && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={keepOldName}
            onChange={(e) => setKeepOldName(e.target.checked)}
          />
          Keep “{before.name}” as another spelling
        </label>
      )}
      {hasRole && (
        <label>
          Role
          <input
            value={draft.role}
            onChange={(e) => setDraft((d) => ({ ...d, role: e.target.value }))}
            placeholder="none"
          />
        </label>
      )}
      <fieldset>
        <legend>Other spellings</legend>
        <ul className="chips">
          {draft.aliases.length === 0 && <li className="muted">None</li>}
          {draft.aliases.map((alias) => (
            <li key={alias} className="chip">
              <span lang={guessLang(alias)}>{alias}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove the spelling ${alias}`}
                onClick={() => setDraft((d) => removeAlias(d, alias))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <span className="inline-field">
          <input
            aria-label="Add a spelling"
            value={spelling}
            placeholder="Add a spelling, any script"
            onChange={(e) => setSpelling(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              addSpelling();
            }}
          />
          <button type="button" onClick={addSpelling} disabled={spelling.trim() === ''}>
            Add
          </button>
        </span>
      </fieldset>
      <div className="correction-actions">
        <button
          type="submit"
          className="primary"
          disabled={patch === null || draft.name.trim() === '' || update.isPending}
        >
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        {patch !== null && (
          <button type="button" onClick={() => setDraft(before)}>
            Undo changes
          </button>
        )}
      </div>
    </form>
  );
}

/** Finds the party this one duplicates, then asks before merging it there. */
function MergeForm({
  node,
  kind,
  onMerged,
}: {
  node: GraphNode;
  kind: PartyKind;
  onMerged: (into: string) => void;
}) {
  const [target, setTarget] = useState<PickedParty | null>(null);
  const merge = useMergeParty((result) => onMerged(result.node.id));
  return (
    <section className="merge-form" aria-label="Merge">
      <h4>Same {kind === 'actor' ? 'person' : 'institution'} as another?</h4>
      <PartyPicker
        label={`Merge ${node.label} into…`}
        kind={kind}
        excludeIds={[node.id]}
        onPick={setTarget}
      />
      {target && (
        <ConfirmButton
          key={target.id}
          label={`Merge into ${target.name}`}
          question={`Merge ${node.label} into ${target.name}? Statements, meetings, affiliations and spellings move there; links to ${node.label} will open ${target.name}.`}
          confirmLabel="Merge"
          pending={merge.isPending}
          onConfirm={() => merge.mutate({ id: node.id, into: target.id })}
        />
      )}
      <WriteStatus isSuccess={false} error={merge.error} done="" />
    </section>
  );
}

export function PartyCorrections({
  node,
  kind,
  onMerged,
}: {
  node: GraphNode;
  kind: PartyKind;
  /** Shows the party it went into. */
  onMerged: (into: string) => void;
}) {
  const update = useUpdateParty();
  const key = JSON.stringify(draftOf(node));
  return (
    <CorrectionSection title={`Correct this ${kind}`}>
      <PartyForm key={key} node={node} kind={kind} update={update} />
      <WriteStatus isSuccess={update.isSuccess} error={update.error} done="Saved." />
      <MergeForm node={node} kind={kind} onMerged={onMerged} />
    </CorrectionSection>
  );
}
