import { getEmptyViewFilters } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { node } from '../../../test-support/graph-fixtures';
import { filtersHiding, filtersShowing } from './filter-reveal';
import { nodePassesFilters } from './filters';

const statement = node('statement:te:one', {
  lang: 'te',
  articleId: 'article:te',
  date: '2024-06-20',
});
const actor = node('actor:a');

describe('filtersHiding', () => {
  it('names every filter that hides the node', () => {
    const filters = { ...getEmptyViewFilters(), hiddenLangs: ['te'], dateFrom: '2024-07-01' };
    expect(filtersHiding(statement, filters)).toEqual(['language (te)', 'dates']);
  });

  it('is empty for a node the filters show', () => {
    expect(filtersHiding(actor, { ...getEmptyViewFilters(), hiddenKinds: ['statement'] })).toEqual(
      [],
    );
  });
});

describe('filtersShowing', () => {
  it('undoes exactly the filters that hide the node, keeping the others', () => {
    const filters = {
      ...getEmptyViewFilters(),
      hiddenKinds: ['statement' as const, 'article' as const],
      hiddenLangs: ['te', 'ru'],
      dateTo: '2024-01-01',
    };
    const change = filtersShowing(statement, filters);
    expect(change).toMatchObject({
      hiddenKinds: ['article'],
      hiddenLangs: ['ru'],
      dateFrom: null,
      dateTo: null,
    });
    expect(nodePassesFilters(statement, { ...filters, ...change })).toBe(true);
  });

  it('shows an undated statement by showing the undated', () => {
    const undated = node('statement:x', { lang: 'en' });
    const change = filtersShowing(undated, { ...getEmptyViewFilters(), hideUndated: true });
    expect(change.hideUndated).toBe(false);
  });
});
