import { describe, expect, it } from 'vitest';
import { statementPatch, withId, withoutId, type StatementDraft } from './statement-draft';

const BEFORE: StatementDraft = {
  speakerIds: ['actor:a', 'actor:b'],
  addresseeIds: ['institution:x'],
  respondsTo: ['statement:a:earlier'],
  direct: false,
  date: '2024-06-20',
  datePrecision: 'day',
};

describe('statementPatch', () => {
  it('is null when the same parties are there in any order', () => {
    expect(statementPatch(BEFORE, { ...BEFORE, speakerIds: ['actor:b', 'actor:a'] })).toBeNull();
  });

  it('names only the lists that changed', () => {
    const after = { ...BEFORE, speakerIds: withoutId(BEFORE.speakerIds, 'actor:b') };
    expect(statementPatch(BEFORE, after)).toEqual({ speakerIds: ['actor:a'] });
    const more = { ...BEFORE, addresseeIds: withId(BEFORE.addresseeIds, 'actor:c') };
    expect(statementPatch(BEFORE, more)).toEqual({
      addresseeIds: ['institution:x', 'actor:c'],
    });
    expect(statementPatch(BEFORE, { ...BEFORE, respondsTo: [] })).toEqual({ respondsTo: [] });
  });

  it('names the kind of speech and the date with its precision, or clears the date', () => {
    expect(statementPatch(BEFORE, { ...BEFORE, direct: true })).toEqual({ direct: true });
    expect(statementPatch(BEFORE, { ...BEFORE, date: '2024-07-01' })).toEqual({
      date: '2024-07-01',
      datePrecision: 'day',
    });
    expect(statementPatch(BEFORE, { ...BEFORE, datePrecision: 'month' })).toEqual({
      date: '2024-06-20',
      datePrecision: 'month',
    });
    expect(statementPatch(BEFORE, { ...BEFORE, date: null })).toEqual({ date: null });
    const undated = { ...BEFORE, date: null };
    expect(statementPatch(undated, { ...undated, datePrecision: 'year' })).toBeNull();
  });

  it('adds a party once', () => {
    expect(withId(['actor:a'], 'actor:a')).toEqual(['actor:a']);
  });
});
