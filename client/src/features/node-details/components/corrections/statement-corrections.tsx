import { DATE_PRECISIONS, type GraphNode, type RemovalResponse } from '@parley/graph-schema';
import { useState } from 'react';
import type { PickedParty } from '../../../../components/party-picker';
import { booleanProp, factSource, stringProp } from '../../../../lib/graph-properties';
import { useDeleteStatement } from '../../api/delete-statement';
import { useUpdateStatement } from '../../api/update-statement';
import type { NodeRelations } from '../../model/relations';
import {
  statementPatch,
  withId,
  withoutId,
  type StatementDraft,
} from '../../model/statement-draft';
import { ConfirmButton } from './confirm-button';
import { CorrectionSection } from './correction-section';
import { PartyListEditor } from './party-list-editor';
import { SpeechFields } from './speech-fields';
import { WriteStatus } from './write-status';

type Props = {
  statement: GraphNode;
  relations: NodeRelations;
  onRemoved: (result: RemovalResponse) => void;
};

const draftOf = (statement: GraphNode, relations: NodeRelations): StatementDraft => ({
  speakerIds: relations.speakers.map((s) => s.id),
  addresseeIds: relations.addressees.map((a) => a.id),
  respondsTo: relations.respondsTo.map((r) => r.id),
  direct: booleanProp(statement, 'direct'),
  date: stringProp(statement, 'date') ?? null,
  datePrecision: DATE_PRECISIONS.find((p) => p === stringProp(statement, 'datePrecision')) ?? 'day',
});

type Writes = {
  update: ReturnType<typeof useUpdateStatement>;
  remove: ReturnType<typeof useDeleteStatement>;
};

/**
 * Who said a statement and to whom, what it answers, whether it is quoted and when it was said,
 * corrected; or the statement removed for good.
 */
function StatementForm({
  statement,
  relations,
  update,
  remove,
}: Omit<Props, 'onRemoved'> & Writes) {
  const before = draftOf(statement, relations);
  const [draft, setDraft] = useState<StatementDraft>(before);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const patch = statementPatch(before, draft);

  const known = new Map(
    [...relations.speakers, ...relations.addressees, ...relations.respondsTo].map(
      (n) => [n.id, n.label] as const,
    ),
  );
  const named = (id: string): PickedParty => ({ id, name: known.get(id) ?? picked[id] ?? id });
  const pick = (party: PickedParty) => setPicked((p) => ({ ...p, [party.id]: party.name }));
  const extracted = factSource(statement) === 'extracted';

  return (
    <>
      <PartyListEditor
        legend="Said by"
        addLabel="Add a speaker"
        parties={draft.speakerIds.map(named)}
        keepOne
        onAdd={(p) => {
          pick(p);
          setDraft((d) => ({ ...d, speakerIds: withId(d.speakerIds, p.id) }));
        }}
        onRemove={(id) => setDraft((d) => ({ ...d, speakerIds: withoutId(d.speakerIds, id) }))}
      />
      {draft.speakerIds.length > 1 && (
        <p className="muted">Several speakers leave it uncertain between them.</p>
      )}
      <PartyListEditor
        legend="Addressed to"
        addLabel="Add an addressee"
        parties={draft.addresseeIds.map(named)}
        onAdd={(p) => {
          pick(p);
          setDraft((d) => ({ ...d, addresseeIds: withId(d.addresseeIds, p.id) }));
        }}
        onRemove={(id) => setDraft((d) => ({ ...d, addresseeIds: withoutId(d.addresseeIds, id) }))}
      />
      <PartyListEditor
        legend="Answers"
        addLabel="Add a statement it answers"
        kind="statement"
        excludeIds={[statement.id]}
        parties={draft.respondsTo.map(named)}
        onAdd={(p) => {
          pick(p);
          setDraft((d) => ({ ...d, respondsTo: withId(d.respondsTo, p.id) }));
        }}
        onRemove={(id) => setDraft((d) => ({ ...d, respondsTo: withoutId(d.respondsTo, id) }))}
      />
      <SpeechFields speech={draft} onChange={(change) => setDraft((d) => ({ ...d, ...change }))} />
      <div className="correction-actions">
        <button
          type="button"
          className="primary"
          disabled={patch === null || update.isPending}
          onClick={() => patch && update.mutate({ id: statement.id, patch })}
        >
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        {extracted && patch === null && (
          <button
            type="button"
            disabled={update.isPending}
            onClick={() =>
              update.mutate({ id: statement.id, patch: { speakerIds: [...before.speakerIds] } })
            }
          >
            Mark as reviewed
          </button>
        )}
        {patch !== null && (
          <button type="button" onClick={() => setDraft(before)}>
            Undo changes
          </button>
        )}
      </div>
      <WriteStatus isSuccess={update.isSuccess} error={update.error} done="Saved." />
      <ConfirmButton
        label="Delete this statement"
        question="Delete this statement for good? Re-ingesting its article will not bring it back."
        confirmLabel="Delete"
        pending={remove.isPending}
        onConfirm={() => remove.mutate(statement.id)}
      />
      <WriteStatus isSuccess={false} error={remove.error} done="" />
    </>
  );
}

export function StatementCorrections({ onRemoved, ...props }: Props) {
  const update = useUpdateStatement();
  const remove = useDeleteStatement(onRemoved);
  // A fresh form whenever the graph's answer changes (a save, a revert elsewhere).
  const key = JSON.stringify(draftOf(props.statement, props.relations));
  return (
    <CorrectionSection title="Correct this statement">
      <StatementForm key={key} {...props} update={update} remove={remove} />
    </CorrectionSection>
  );
}
