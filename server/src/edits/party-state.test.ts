import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { patchedPartyState, type PartyState } from './party-state';

const AT = '2026-12-07T10:00:00.000Z';
const zakharova: PartyState = {
  name: 'Maria Zakharova',
  role: 'spokesperson',
  aliases: ['Maria Zakharova', 'Zakharova', 'జఖరోవా'],
  removedAliases: [],
  source: 'curated',
  correctedAt: null,
};

describe('patchedPartyState', () => {
  it('keeps the name among the aliases and remembers the spellings taken away', () => {
    const next = patchedPartyState('actor', zakharova, { aliases: ['Zakharova'] }, AT);
    expect(next.aliases).toEqual(['Zakharova', 'Maria Zakharova']);
    expect(next.removedAliases).toEqual(['జఖరోవా']);
    expect(next).toMatchObject({ source: 'reviewed', correctedAt: AT, role: 'spokesperson' });
  });

  it('gives back a spelling a person adds again', () => {
    const trimmed = patchedPartyState('actor', zakharova, { aliases: ['Zakharova'] }, AT);
    const again = patchedPartyState('actor', trimmed, { aliases: ['Zakharova', 'జఖరోవా'] }, AT);
    expect(again.removedAliases).toEqual([]);
  });

  it('refuses a role for an institution, naming the field', () => {
    expect(() => patchedPartyState('institution', zakharova, { role: 'x' }, AT)).toThrow(AppError);
  });
});
