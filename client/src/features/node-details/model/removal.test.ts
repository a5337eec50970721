import { describe, expect, it } from 'vitest';
import { removalWords } from './removal';

const none = { articles: 0, statements: 0, meetings: 0, parties: 0, relationships: 0 };

describe('removalWords', () => {
  it('names what went, biggest first, in the right number', () => {
    expect(
      removalWords({
        what: 'Article',
        deleted: { ...none, articles: 1, statements: 3, parties: 1, relationships: 9 },
      }),
    ).toBe('1 article, 3 statements, 1 party');
  });

  it('says so when only relationships went', () => {
    expect(removalWords({ what: 'Meeting', deleted: { ...none, relationships: 1 } })).toBe(
      'nothing else',
    );
  });
});
