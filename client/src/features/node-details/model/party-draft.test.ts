import { describe, expect, it } from 'vitest';
import { addAlias, partyPatch, removeAlias, type PartyDraft } from './party-draft';

const KIM: PartyDraft = { name: 'Kim', role: 'envoy', aliases: ['김'] };
const options = { keepOldName: true, hasRole: true };

describe('party corrections', () => {
  it('sends nothing when nothing changed', () => {
    expect(partyPatch(KIM, { ...KIM, name: ' Kim ' }, options)).toBeNull();
  });

  it('renames, keeping the old name as a spelling unless told not to', () => {
    expect(partyPatch(KIM, { ...KIM, name: 'Kim Gunn' }, options)).toEqual({
      name: 'Kim Gunn',
      aliases: ['김', 'Kim'],
    });
    expect(
      partyPatch(KIM, { ...KIM, name: 'Kim Gunn' }, { ...options, keepOldName: false }),
    ).toEqual({ name: 'Kim Gunn' });
  });

  it('adds a spelling once and takes one away', () => {
    let draft = addAlias(KIM, ' 김건 ');
    draft = addAlias(draft, '김건');
    draft = addAlias(draft, 'Kim');
    draft = addAlias(draft, '  ');
    expect(draft.aliases).toEqual(['김', '김건']);
    expect(partyPatch(KIM, removeAlias(draft, '김'), options)).toEqual({ aliases: ['김건'] });
  });

  it('clears a role, and leaves roles alone for institutions', () => {
    expect(partyPatch(KIM, { ...KIM, role: ' ' }, options)).toEqual({ role: null });
    expect(partyPatch(KIM, { ...KIM, role: 'x' }, { ...options, hasRole: false })).toBeNull();
  });
});
