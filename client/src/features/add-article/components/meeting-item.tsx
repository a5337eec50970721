import {
  DATE_PRECISIONS,
  MEETING_KINDS,
  type ArticlePreviewResponse,
  type DatePrecision,
  type MeetingKind,
} from '@parley/graph-schema';
import { formatDate } from '../../../lib/format-date';
import type { FactProblem } from '../model/fact-problems';
import {
  addNewParty,
  changeMeeting,
  toggleDropped,
  type MeetingChange,
  type Review,
} from '../model/review';
import { DropButton, PartyChooser } from './fact-controls';
import {
  CorrectButton,
  CorrectionPanel,
  FactItem,
  Name,
  percent,
  useCorrection,
} from './fact-item';

type Party = { id: string; name: string };
type PreviewMeeting = ArticlePreviewResponse['facts']['meetings'][number];

export const MEETING_WORDS: Record<MeetingKind, string> = {
  talks: 'held talks',
  meeting: 'met',
  phone: 'spoke by phone',
  summons: 'summoned',
  'courtesy-call': 'courtesy call',
  visit: 'visit',
};

const PRECISION_WORDS: Record<DatePrecision, string> = {
  day: 'that day',
  week: 'that week',
  month: 'that month',
  year: 'that year',
};

/** The option a select offers is always one of its list. */
const oneOf = <T extends string>(list: readonly T[], value: string): T =>
  list.find((item) => item === value) ?? list[0]!;

type Props = {
  meeting: PreviewMeeting;
  review: Review;
  parties: readonly Party[];
  nameOf: (id: string) => string;
  problems: readonly FactProblem[];
  onReview: (review: Review) => void;
  onPoint: (factId: string | null) => void;
};

/** A meeting of the preview: its pair, kind, place and date, each correctable before writing. */
export function MeetingItem({ meeting: m, review, parties, nameOf, problems, ...on }: Props) {
  const correction = useCorrection();
  const decided = review.meetings[m.id];
  if (!decided) return null;
  const change = (update: MeetingChange, picked?: Party) =>
    on.onReview(changeMeeting(review, m.id, update, picked));
  const party = (id: string) => ({ id, name: nameOf(id) });
  const withPicked = (id: string) =>
    parties.some((p) => p.id === id) ? parties : [...parties, party(id)];
  return (
    <FactItem
      id={m.id}
      onPoint={on.onPoint}
      dropped={decided.dropped}
      touched={decided.touched}
      problems={problems}
    >
      <div className="fact-who">
        <Name party={party(decided.a)} /> — <Name party={party(decided.b)} />
        {decided.a === decided.b && (
          <span className="fact-unclear" role="alert">
            {' '}
            A party cannot meet itself.
          </span>
        )}
        <span className="fact-actions">
          <CorrectButton correction={correction} what="meeting" />
          <DropButton
            dropped={decided.dropped}
            what="meeting"
            onToggle={() => on.onReview(toggleDropped(review, m.id))}
          />
        </span>
      </div>
      <CorrectionPanel correction={correction} what="meeting">
        <PartyChooser
          label="One side"
          options={withPicked(decided.a)}
          value={decided.a}
          onChoose={(p) => change({ a: p.id }, p)}
          onCreate={(p) => on.onReview(changeMeeting(addNewParty(review, p), m.id, { a: p.id }))}
        />
        <PartyChooser
          label="Other side"
          options={withPicked(decided.b)}
          value={decided.b}
          onChoose={(p) => change({ b: p.id }, p)}
          onCreate={(p) => on.onReview(changeMeeting(addNewParty(review, p), m.id, { b: p.id }))}
        />
        <label>
          Kind{' '}
          <select
            value={decided.kind}
            onChange={(e) => change({ kind: oneOf(MEETING_KINDS, e.target.value) })}
          >
            {MEETING_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {MEETING_WORDS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Place{' '}
          <input
            value={decided.place ?? ''}
            onChange={(e) => change({ place: e.target.value })}
            placeholder="unknown"
          />
        </label>
        <label>
          Date{' '}
          <input
            type="date"
            value={decided.date ?? ''}
            onChange={(e) => change({ date: e.target.value })}
          />
        </label>
        {decided.date && (
          <label>
            Known to{' '}
            <select
              value={decided.datePrecision ?? 'day'}
              onChange={(e) => change({ datePrecision: oneOf(DATE_PRECISIONS, e.target.value) })}
            >
              {DATE_PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {PRECISION_WORDS[p]}
                </option>
              ))}
            </select>
          </label>
        )}
      </CorrectionPanel>
      <p className="fact-meta">
        {decided.touched && 'edited by you · '}
        {MEETING_WORDS[decided.kind]}
        {decided.place && ` · ${decided.place}`}
        {decided.date && ` · ${formatDate(decided.date, decided.datePrecision ?? undefined)}`}
        {` · ${percent(m.confidence)} confident`}
      </p>
    </FactItem>
  );
}
