import { getEmptyViewState, type ViewState } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { boundViewLoad, VIEW_LOAD_LIMITS } from '@parley/graph-schema';
import { describeOpening, viewTrim, withMergedNodes, withoutNodes } from './opened-view';

const state: ViewState = {
  ...getEmptyViewState(),
  addedNodeIds: ['actor:a', 'actor:gone'],
  expansions: [
    { nodeId: 'actor:gone', pages: 1 },
    { nodeId: 'actor:a', pages: 2 },
  ],
  selection: { type: 'pair', speakerId: 'actor:a', addresseeId: 'actor:gone' },
  focusNodeId: 'actor:gone',
  mode: 'thread',
  threadStatementId: 'statement:x:gone',
  viewport: { zoom: 1, x: 0, y: 0, anchorId: 'actor:gone' },
  positions: { 'actor:a': { x: 1, y: 1 }, 'actor:gone': { x: 2, y: 2 } },
};

describe('withoutNodes', () => {
  it('takes missing nodes out with whatever hangs on them', () => {
    expect(withoutNodes(state, ['actor:gone', 'statement:x:gone'])).toEqual({
      ...state,
      addedNodeIds: ['actor:a'],
      expansions: [{ nodeId: 'actor:a', pages: 2 }],
      selection: null,
      focusNodeId: null,
      mode: 'explore',
      threadStatementId: null,
      viewport: null,
      positions: { 'actor:a': { x: 1, y: 1 } },
    });
  });

  it('leaves a view with nothing missing as it is', () => {
    expect(withoutNodes(state, [])).toBe(state);
  });
});

describe('describeOpening', () => {
  it('says nothing when all went well', () => {
    expect(describeOpening({})).toBeNull();
  });

  it('names what could not be read and the nodes that are gone', () => {
    const ids = ['actor:a', 'actor:b', 'actor:c', 'actor:d', 'actor:e', 'actor:f'];
    expect(describeOpening({ missingNodeIds: ids })).toEqual({
      message: '6 nodes of this view are no longer in the graph; the rest is shown.',
      details: ['no longer in the graph: actor:a, actor:b, actor:c, actor:d, actor:e and 1 more'],
    });
    const notice = describeOpening({ problems: ['layout was invalid and was reset'] });
    expect(notice?.message).toMatch(/^Parts of this link could not be read/);
    expect(describeOpening({ unreadable: 'This link is damaged.' })?.message).toBe(
      'This link is damaged. The first view is shown instead.',
    );
  });
});

describe('viewTrim', () => {
  it('says how much of a view too large to open at once is shown', () => {
    const large: ViewState = {
      ...getEmptyViewState(),
      expansions: [{ nodeId: 'actor:a', pages: 60 }],
      addedNodeIds: Array.from({ length: 600 }, (_, i) => `actor:n${i}`),
    };
    const opened = boundViewLoad(large, () => false);
    expect(describeOpening({ trimmed: viewTrim(large, opened) })).toEqual({
      message: 'This view is larger than opens at once; part of it is shown.',
      details: [
        `the first ${VIEW_LOAD_LIMITS.pagesWithoutAsking} of its 60 neighbourhood pages are loaded`,
        `${VIEW_LOAD_LIMITS.addedNodes} of its 600 added nodes are placed`,
      ],
    });
  });

  it('is nothing for a view that opens whole', () => {
    expect(
      viewTrim(
        state,
        boundViewLoad(state, () => true),
      ),
    ).toBeUndefined();
  });
});

describe('withMergedNodes', () => {
  it('names the party a merged one went into wherever the view named it, once', () => {
    const merged = new Map([['actor:gone', 'actor:a']]);
    const view: ViewState = {
      ...state,
      selection: { type: 'node', id: 'actor:gone' },
      hiddenNodeIds: ['actor:gone'],
    };
    expect(withMergedNodes(view, merged)).toEqual({
      ...view,
      addedNodeIds: ['actor:a'],
      expansions: [{ nodeId: 'actor:a', pages: 2 }],
      hiddenNodeIds: ['actor:a'],
      selection: { type: 'node', id: 'actor:a' },
      focusNodeId: 'actor:a',
      viewport: { zoom: 1, x: 0, y: 0, anchorId: 'actor:a' },
      positions: { 'actor:a': { x: 1, y: 1 } },
    });
  });

  it('tells the reader which parties were merged', () => {
    expect(describeOpening({ mergedNodeIds: new Map([['actor:b', 'actor:a']]) })).toEqual({
      message: 'Parties of this view were merged since; it shows the ones they went into.',
      details: ['actor:b was merged into actor:a'],
    });
  });
});
