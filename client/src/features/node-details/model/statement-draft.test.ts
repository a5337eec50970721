import { describe, expect, it } from 'vitest';
import { statementPatch, withId, withoutId } from './statement-draft';

const BEFORE = { speakerIds: ['actor:a', 'actor:b'], addresseeIds: ['institution:x'] };

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
  });

  it('adds a party once', () => {
    expect(withId(['actor:a'], 'actor:a')).toEqual(['actor:a']);
  });
});
