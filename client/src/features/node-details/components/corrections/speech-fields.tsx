import { DATE_PRECISIONS, type DatePrecision } from '@parley/graph-schema';
import { useId } from 'react';
import type { StatementDraft } from '../../model/statement-draft';

type Speech = Pick<StatementDraft, 'direct' | 'date' | 'datePrecision'>;

const PRECISION_WORDS: Record<DatePrecision, string> = {
  day: 'that day',
  week: 'that week',
  month: 'that month',
  year: 'that year',
};

/** Whether the words are quoted or reported, and when they were said. */
export function SpeechFields({
  speech,
  onChange,
}: {
  speech: Speech;
  onChange: (change: Partial<Speech>) => void;
}) {
  const name = useId();
  return (
    <>
      <fieldset className="speech-kind">
        <legend>Kind of speech</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={name}
            checked={speech.direct}
            onChange={() => onChange({ direct: true })}
          />{' '}
          Direct quote
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={name}
            checked={!speech.direct}
            onChange={() => onChange({ direct: false })}
          />{' '}
          Reported speech
        </label>
      </fieldset>
      <fieldset className="speech-date">
        <legend>Date</legend>
        <label>
          Said on
          <input
            type="date"
            value={speech.date ?? ''}
            onChange={(e) => onChange({ date: e.target.value || null })}
          />
        </label>
        <label>
          Known to
          <select
            value={speech.datePrecision}
            disabled={speech.date === null}
            onChange={(e) =>
              onChange({
                datePrecision: DATE_PRECISIONS.find((p) => p === e.target.value) ?? 'day',
              })
            }
          >
            {DATE_PRECISIONS.map((precision) => (
              <option key={precision} value={precision}>
                {PRECISION_WORDS[precision]}
              </option>
            ))}
          </select>
        </label>
        {speech.date !== null && (
          <button type="button" className="link-button" onClick={() => onChange({ date: null })}>
            No date
          </button>
        )}
      </fieldset>
    </>
  );
}
