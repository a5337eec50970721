import { describe, expect, it } from 'vitest';
import { correctedState, type StatementState } from './statement-state';

const AT = '2026-12-07T10:00:00.000Z';
const ambiguous: StatementState = {
  speakerIds: ['actor:a', 'actor:b'],
  addresseeIds: ['actor:c'],
  respondsTo: [],
  direct: true,
  date: '2024-06-01',
  datePrecision: 'day',
  ambiguous: true,
  ambiguityNote: 'either of two spokespeople',
  ambiguityCandidates: ['actor:a', 'actor:b'],
  source: 'extracted',
  correctedAt: null,
};

describe('correctedState', () => {
  it('settles a speaker ambiguity when one speaker is chosen, and marks the correction', () => {
    const next = correctedState(ambiguous, { speakerIds: ['actor:b'] }, AT);
    expect(next).toMatchObject({
      speakerIds: ['actor:b'],
      ambiguous: false,
      ambiguityNote: null,
      ambiguityCandidates: [],
      addresseeIds: ['actor:c'],
      source: 'reviewed',
      correctedAt: AT,
    });
  });

  it('keeps an ambiguity about addressees when the only speaker changes', () => {
    const oneSpeaker = {
      ...ambiguous,
      speakerIds: ['actor:a'],
      ambiguityCandidates: ['actor:c', 'actor:d'],
    };
    const next = correctedState(oneSpeaker, { speakerIds: ['actor:e'] }, AT);
    expect(next).toMatchObject({ ambiguous: true, ambiguityCandidates: ['actor:c', 'actor:d'] });
  });

  it('clears a date with null and defaults a new one to day precision', () => {
    expect(correctedState(ambiguous, { date: null }, AT)).toMatchObject({
      date: null,
      datePrecision: null,
    });
    expect(correctedState(ambiguous, { date: '2025-01-02' }, AT)).toMatchObject({
      date: '2025-01-02',
      datePrecision: 'day',
    });
  });
});
