import type { Edit } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { canRevert, shownTarget, summariseEdit } from './edit-summary';

const edit = (change: Partial<Edit>): Edit => ({
  id: 'edit:1',
  at: '2026-12-07T12:00:00.000Z',
  kind: 'statement.update',
  targets: ['statement:a:1'],
  refs: [],
  editor: null,
  before: {},
  after: {},
  reverts: null,
  revertedBy: null,
  ...change,
});

describe('summariseEdit', () => {
  it('names the fields a statement correction changed', () => {
    const summary = summariseEdit(
      edit({
        before: { speakerIds: ['actor:a'], addresseeIds: [], direct: true },
        after: { speakerIds: ['actor:b'], addresseeIds: [], direct: true },
      }),
    );
    expect(summary).toEqual({ title: 'Statement corrected', detail: 'changed: speakers' });
  });

  it('tells a rename and spellings from a party’s before and after', () => {
    const summary = summariseEdit(
      edit({
        kind: 'party.update',
        targets: ['actor:kim'],
        before: { name: 'Kim', role: null, aliases: ['Kim'] },
        after: { name: 'Kim Gunn', role: null, aliases: ['Kim', 'Kim Gunn', '김건'] },
      }),
    );
    expect(summary.detail).toBe('Kim → Kim Gunn; spellings added: Kim Gunn, 김건');
  });

  it('reads merges and article removals, and survives a shape it does not know', () => {
    expect(
      summariseEdit(
        edit({
          kind: 'party.merge',
          targets: ['actor:b', 'actor:a'],
          before: { party: { name: 'B' }, into: { name: 'A' } },
        }),
      ).detail,
    ).toBe('B into A');
    expect(
      summariseEdit(
        edit({
          kind: 'article.delete',
          before: { article: { id: 'article:x', title: 'X' }, statements: 2, meetings: 1 },
        }),
      ).detail,
    ).toBe('“X” with 2 statements, 1 meeting');
    expect(summariseEdit(edit({ kind: 'party.merge', before: { odd: 1 } })).detail).toBeNull();
  });
});

describe('what an edit offers', () => {
  it('reverts each edit once, and never a revert', () => {
    expect(canRevert(edit({}))).toBe(true);
    expect(canRevert(edit({ revertedBy: 'edit:2' }))).toBe(false);
    expect(canRevert(edit({ kind: 'revert', reverts: 'edit:1' }))).toBe(false);
  });

  it('shows what is still in the graph: the party a merge went into, nothing removed', () => {
    expect(shownTarget(edit({ kind: 'party.merge', targets: ['actor:b', 'actor:a'] }))).toBe(
      'actor:a',
    );
    expect(shownTarget(edit({ kind: 'article.delete', targets: ['article:x'] }))).toBeNull();
    expect(shownTarget(edit({}))).toBe('statement:a:1');
  });
});
