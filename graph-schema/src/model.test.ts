import { describe, expect, it } from 'vitest';
import { relTypesOfKind } from './model';

describe('relTypesOfKind', () => {
  it('lists what can join each kind of node, in the contract order', () => {
    expect(relTypesOfKind('actor')).toEqual([
      'SAID',
      'ADDRESSED_TO',
      'MEETS_WITH',
      'AFFILIATED_WITH',
    ]);
    expect(relTypesOfKind('statement')).toEqual([
      'SAID',
      'ADDRESSED_TO',
      'RESPONDS_TO',
      'REPORTED_IN',
    ]);
    expect(relTypesOfKind('article')).toEqual(['REPORTED_IN']);
  });
});
