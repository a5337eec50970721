import type { GraphNode } from '@parley/graph-schema';
import { formatDate } from '../../../lib/format-date';
import { stringListProp, stringProp } from '../../../lib/graph-properties';
import { guessLang } from '../../../lib/script';
import { useState } from 'react';
import type { Evidence, Meeting, NodeRelations } from '../model/relations';
import { MeetingRemoval } from './corrections/meeting-removal';
import { EvidenceExcerpt } from './evidence-excerpt';
import { NodeLink, Section, StatementList, type OpenNode } from './node-link';

/** The source passage, fetched only once the reader opens it. */
function EvidenceDisclosure({ evidence }: { evidence: Evidence }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Evidence</summary>
      {open && <EvidenceExcerpt evidence={evidence} />}
    </details>
  );
}

function MeetingItem({ meeting, onOpen }: { meeting: Meeting; onOpen: OpenNode }) {
  const when = meeting.date ? formatDate(meeting.date, meeting.datePrecision) : 'date unknown';
  return (
    <li className="meeting">
      <div className="meeting-head">
        <span className="meeting-kind">{meeting.kind ?? 'meeting'}</span>
        <span>
          {meeting.initiated ? 'with' : 'hosted by'}{' '}
          <NodeLink node={meeting.other} onOpen={onOpen} />
        </span>
      </div>
      <div className="meeting-when">
        <span>{when}</span>
        {meeting.place && <span> · {meeting.place}</span>}
      </div>
      {meeting.evidence && <EvidenceDisclosure evidence={meeting.evidence} />}
      <MeetingRemoval meetingId={meeting.id} withWhom={meeting.other.label} />
    </li>
  );
}

/** An actor or an institution: who they are, whom they belong to or count, what they said and heard, whom they met. */
export function PartyDetails({
  node,
  relations,
  onOpen,
}: {
  node: GraphNode;
  relations: NodeRelations;
  onOpen: OpenNode;
}) {
  const aliases = stringListProp(node, 'aliases').filter((a) => a !== stringProp(node, 'name'));
  const role = stringProp(node, 'role');
  const kind = stringProp(node, 'kind');
  return (
    <>
      {(role || kind) && <p className="details-meta">{role ?? kind?.replace(/-/g, ' ')}</p>}
      {aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also written </span>
          {aliases.map((alias, i) => (
            <span key={alias}>
              {i > 0 && ', '}
              <span lang={guessLang(alias)}>{alias}</span>
            </span>
          ))}
        </p>
      )}
      {node.kind === 'actor' ? (
        <Section title="Affiliations" count={relations.affiliations.length}>
          {relations.affiliations.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <ul className="plain-list">
              {relations.affiliations.map(({ party, role: affiliationRole }) => (
                <li key={party.id}>
                  <NodeLink node={party} onOpen={onOpen} badge />
                  {affiliationRole && <span className="muted"> — {affiliationRole}</span>}
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : (
        relations.members.length > 0 && (
          <Section title="People" count={relations.members.length}>
            <ul className="plain-list">
              {relations.members.map(({ party, role: memberRole }) => (
                <li key={party.id}>
                  <NodeLink node={party} onOpen={onOpen} badge />
                  {memberRole && <span className="muted"> — {memberRole}</span>}
                </li>
              ))}
            </ul>
          </Section>
        )
      )}
      <Section title="Meetings" count={relations.meetings.length}>
        {relations.meetings.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="plain-list" aria-label="Meetings">
            {relations.meetings.map((m) => (
              <MeetingItem key={m.id} meeting={m} onOpen={onOpen} />
            ))}
          </ul>
        )}
      </Section>
      <StatementList
        title="Statements made"
        statements={relations.said}
        onOpen={onOpen}
        empty="None recorded."
      />
      <StatementList
        title="Statements addressed to them"
        statements={relations.addressedTo}
        onOpen={onOpen}
        empty="None recorded."
      />
    </>
  );
}
