import { describe, expect, it } from 'vitest';
import { statementLabel } from './convert';

describe('statementLabel', () => {
  it('names the speaker and the first words', () => {
    expect(
      statementLabel(
        ['Lim Soo-suk'],
        '"We warn Russia not to make the mistake of leading to irreversible consequences"',
      ),
    ).toBe('Lim Soo-suk: We warn Russia not to make the mistake…');
  });

  it('joins candidate speakers and keeps short text whole', () => {
    expect(statementLabel(['Kim Gunn', 'Kim Hong-kyun'], 'strictly comply')).toBe(
      'Kim Gunn / Kim Hong-kyun: strictly comply',
    );
  });
});
