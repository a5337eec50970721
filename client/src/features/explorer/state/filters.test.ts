import { describe, expect, it } from 'vitest';
import { edge, node } from '../../../test-support/graph-fixtures';
import { getEmptyViewFilters } from '@parley/graph-schema';
import { applyFilters, countFacets, hasActiveFilters } from './filters';

const article = node('article:te', { lang: 'te' }, 'Telugu article');
const teStatement = node('statement:te:one', {
  lang: 'te',
  articleId: 'article:te',
  date: '2024-06-20',
});
const enStatement = node('statement:en:one', { lang: 'en', articleId: 'article:en' });
const actor = node('actor:a');
const graph = {
  nodes: [article, teStatement, enStatement, actor],
  edges: [
    edge('SAID', 'actor:a', 'statement:te:one'),
    edge('SAID', 'actor:a', 'statement:en:one'),
    edge('REPORTED_IN', 'statement:te:one', 'article:te'),
  ],
  parentOf: new Map<string, string>(),
};
const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id);

describe('filters', () => {
  it('hides a language, its statements and articles, and their edges', () => {
    const filtered = applyFilters(graph, { ...getEmptyViewFilters(), hiddenLangs: ['te'] });
    expect(ids(filtered)).toEqual(['statement:en:one', 'actor:a']);
    expect(filtered.edges).toHaveLength(1);
  });

  it('hides kinds, relationship types and articles', () => {
    expect(
      ids(applyFilters(graph, { ...getEmptyViewFilters(), hiddenKinds: ['statement'] })),
    ).toEqual(['article:te', 'actor:a']);
    expect(
      applyFilters(graph, { ...getEmptyViewFilters(), hiddenRelTypes: ['SAID'] }).edges,
    ).toHaveLength(1);
    expect(
      ids(applyFilters(graph, { ...getEmptyViewFilters(), hiddenArticleIds: ['article:te'] })),
    ).toEqual(['statement:en:one', 'actor:a']);
  });

  it('filters dated statements by range and keeps undated ones unless they are hidden', () => {
    const filtered = applyFilters(graph, { ...getEmptyViewFilters(), dateFrom: '2024-07-01' });
    expect(ids(filtered)).toEqual(['article:te', 'statement:en:one', 'actor:a']);
    const inJune = { ...getEmptyViewFilters(), dateFrom: '2024-06-01', dateTo: '2024-06-30' };
    expect(ids(applyFilters(graph, { ...inJune, hideUndated: true }))).toEqual([
      'article:te',
      'statement:te:one',
      'actor:a',
    ]);
  });

  it('hides undated meetings with undated statements', () => {
    const meetings = {
      nodes: [actor, node('actor:b')],
      edges: [
        edge('MEETS_WITH', 'actor:a', 'actor:b', { date: '2024-06-02' }),
        { ...edge('MEETS_WITH', 'actor:b', 'actor:a'), id: 'undated-meeting' },
      ],
      parentOf: new Map<string, string>(),
    };
    const filtered = applyFilters(meetings, { ...getEmptyViewFilters(), hideUndated: true });
    expect(filtered.edges.map((e) => e.properties.date)).toEqual(['2024-06-02']);
    expect(countFacets(meetings)).toMatchObject({ factDays: ['2024-06-02'], undatedFacts: 1 });
  });

  it('counts what the canvas holds per filter value', () => {
    const facets = countFacets(graph);
    expect(facets.kinds).toEqual({ actor: 1, institution: 0, statement: 2, article: 1 });
    expect(facets.relTypes.SAID).toBe(2);
    expect(facets.langs).toEqual([
      { lang: 'te', count: 2 },
      { lang: 'en', count: 1 },
    ]);
    expect(facets.articles).toEqual([
      { id: 'article:en', label: 'en', count: 1 },
      { id: 'article:te', label: 'Telugu article', count: 2 },
    ]);
    expect(facets.dateExtent).toEqual({ min: '2024-06-20', max: '2024-06-20' });
    expect(facets.factDays).toEqual(['2024-06-20']);
    expect(facets.undatedFacts).toBe(1);
  });

  it('hides extracted facts, nodes and edges alike, and counts the nodes of each provenance', () => {
    const extracted = node('statement:x:one', { source: 'extracted', articleId: 'article:x' });
    const withProvenance = {
      nodes: [{ ...actor, properties: { source: 'curated' } }, extracted],
      edges: [edge('SAID', 'actor:a', 'statement:x:one', { source: 'extracted' })],
      parentOf: new Map<string, string>(),
    };
    const filtered = applyFilters(withProvenance, {
      ...getEmptyViewFilters(),
      hiddenSources: ['extracted'],
    });
    expect(ids(filtered)).toEqual(['actor:a']);
    expect(filtered.edges).toEqual([]);
    expect(countFacets(withProvenance).sources).toEqual({ curated: 1, reviewed: 0, extracted: 1 });
    expect(countFacets(graph).sources).toEqual({ curated: 0, reviewed: 0, extracted: 0 });
  });

  it('knows when any filter is active', () => {
    expect(hasActiveFilters(getEmptyViewFilters())).toBe(false);
    expect(hasActiveFilters({ ...getEmptyViewFilters(), dateTo: '2024-01-01' })).toBe(true);
    expect(hasActiveFilters({ ...getEmptyViewFilters(), hiddenSources: ['curated'] })).toBe(true);
    expect(hasActiveFilters({ ...getEmptyViewFilters(), hideUndated: true })).toBe(true);
  });
});

describe('article facet labels', () => {
  it('names an article that is not on the canvas by its known title, else by its slug', () => {
    const statements = { nodes: [teStatement, enStatement], edges: [] };
    const facets = countFacets(statements, new Map([['article:te', 'Telugu article']]));
    expect(facets.articles.map((a) => a.label)).toEqual(['en', 'Telugu article']);
  });
});

describe('the needs-review filter', () => {
  const statement = (key: string, properties: Record<string, string | boolean>) =>
    node(`statement:r:${key}`, properties);
  const review = {
    nodes: [
      actor,
      statement('extracted', { source: 'extracted' }),
      statement('curated', { source: 'curated' }),
      statement('open', { source: 'curated', ambiguous: true }),
      statement('settled', { source: 'reviewed', ambiguous: true }),
    ],
    edges: [],
    parentOf: new Map<string, string>(),
  };

  it('keeps extracted statements and open speakers nobody reviewed, and every party', () => {
    const filters = { ...getEmptyViewFilters(), needsReviewOnly: true };
    expect(ids(applyFilters(review, filters))).toEqual([
      'actor:a',
      'statement:r:extracted',
      'statement:r:open',
    ]);
    expect(hasActiveFilters(filters)).toBe(true);
    expect(countFacets(review).needsReview).toBe(2);
  });
});
