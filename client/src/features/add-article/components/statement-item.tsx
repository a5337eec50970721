import type { ArticlePreviewResponse } from '@parley/graph-schema';
import { formatDate } from '../../../lib/format-date';
import type { FactProblem } from '../model/fact-problems';
import {
  addAddressee,
  addNewParty,
  chooseSpeaker,
  removeAddressee,
  toggleDropped,
  type Review,
} from '../model/review';
import { AddresseeChips, DropButton, PartyChooser } from './fact-controls';
import {
  CorrectButton,
  CorrectionPanel,
  FactItem,
  Name,
  names,
  percent,
  useCorrection,
} from './fact-item';
import { pluralise } from '../../../lib/plural';

type Party = { id: string; name: string };
type PreviewStatement = ArticlePreviewResponse['facts']['statements'][number];

type Props = {
  statement: PreviewStatement;
  lang: string;
  review: Review;
  /** Every party the article names, for the choosers. */
  parties: readonly Party[];
  nameOf: (id: string) => string;
  problems: readonly FactProblem[];
  onReview: (review: Review) => void;
  onPoint: (factId: string | null) => void;
};

/** Candidates first, then the article's other parties, then whoever was picked from the graph. */
function speakerOptions(s: PreviewStatement, parties: readonly Party[], chosen: Party | null) {
  const first = s.candidates.length > 0 ? s.candidates : s.speaker ? [s.speaker] : [];
  const seen = new Set(first.map((p) => p.id));
  const rest = parties.filter((p) => !seen.has(p.id));
  const options = [...first, ...rest];
  return chosen && !options.some((p) => p.id === chosen.id) ? [...options, chosen] : options;
}

/** A statement of the preview: who said it to whom, in its words; each part can be corrected. */
export function StatementItem({
  statement: s,
  lang,
  review,
  parties,
  nameOf,
  problems,
  ...on
}: Props) {
  const correction = useCorrection();
  const decided = review.statements[s.id];
  if (!decided) return null;
  const party = (id: string) => ({ id, name: nameOf(id) });
  const chosen = decided.speakerId === null ? null : party(decided.speakerId);
  const open = s.speaker === null;
  const speakerChooser = (
    <PartyChooser
      label="Who said it?"
      options={speakerOptions(s, parties, chosen)}
      value={decided.speakerId}
      onChoose={(p) => on.onReview(chooseSpeaker(review, s.id, p))}
      onCreate={(p) => on.onReview(chooseSpeaker(addNewParty(review, p), s.id, p))}
    />
  );
  return (
    <FactItem
      id={s.id}
      onPoint={on.onPoint}
      dropped={decided.dropped}
      touched={decided.touched}
      problems={problems}
    >
      <div className="fact-who">
        {open && decided.speakerId === null && (
          <span className="fact-unclear">Unclear: {names(s.candidates, ' or ')}</span>
        )}{' '}
        {open ? speakerChooser : chosen && <Name party={chosen} />}{' '}
        <AddresseeChips
          addressees={decided.addresseeIds.map(party)}
          onRemove={(id) => on.onReview(removeAddressee(review, s.id, id))}
        />
        <span className="fact-actions">
          <CorrectButton correction={correction} what="statement" />
          <DropButton
            dropped={decided.dropped}
            what="statement"
            onToggle={() => on.onReview(toggleDropped(review, s.id))}
          />
        </span>
      </div>
      <CorrectionPanel correction={correction} what="statement">
        {!open && speakerChooser}
        <PartyChooser
          label="Add an addressee"
          options={parties}
          value={null}
          excludeIds={decided.addresseeIds}
          onChoose={(p) => on.onReview(addAddressee(review, s.id, p))}
          onCreate={(p) => on.onReview(addAddressee(addNewParty(review, p), s.id, p))}
        />
      </CorrectionPanel>
      <p className="fact-quote" lang={lang} dir="auto">
        {s.direct ? `“${s.text}”` : s.text}
      </p>
      <p className="fact-meta">
        {decided.touched && 'edited by you · '}
        {s.direct ? 'direct quote' : 'reported speech'}
        {s.date && ` · ${formatDate(s.date, s.datePrecision)}`}
        {s.respondsTo.length > 0 && ` · answers ${pluralise(s.respondsTo.length, 'statement')}`}
        {` · ${percent(s.confidence)} confident`}
      </p>
    </FactItem>
  );
}
