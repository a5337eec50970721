import { describe, expect, it } from 'vitest';
import { ID_PATTERNS, actorId, kindOfId, slugify, statementId } from './ids';

describe('ids', () => {
  it('derives the same id from any casing or diacritics', () => {
    expect(actorId('Maria Zakharova')).toBe('actor:maria-zakharova');
    expect(actorId('  MARÍA  Zakharova ')).toBe('actor:maria-zakharova');
    expect(actorId('Lim Soo-suk')).toBe('actor:lim-soo-suk');
  });

  it('keeps letters of other scripts', () => {
    expect(slugify('లిమ్ సూ-సుక్')).toBe('లిమ్-సూ-సుక్');
    expect(ID_PATTERNS.actor.test(actorId('లిమ్ సూ-సుక్'))).toBe(true);
  });

  it('builds statement ids from the article and a key', () => {
    expect(statementId('article:en-rudenko-seoul-talks', 'Chung stern stance')).toBe(
      'statement:en-rudenko-seoul-talks:chung-stern-stance',
    );
    expect(ID_PATTERNS.statement.test('statement:en-rudenko-seoul-talks:120-180')).toBe(true);
  });

  it('reads the kind from an id', () => {
    expect(kindOfId('institution:yonhap')).toBe('institution');
    expect(kindOfId('meeting:a:b')).toBeUndefined();
    expect(kindOfId('nonsense')).toBeUndefined();
    expect(kindOfId('actorx')).toBeUndefined();
  });
});
