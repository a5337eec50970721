import type { IngestBundle } from '@parley/graph-schema';

export const HUB_ACTOR_ID = 'actor:hub-speaker';
const ADDRESSEES = 20;

/**
 * One article in which one actor says `statements` things, each to one of a few others: the
 * shape of the bundle that brought Neo4j down (issue 19), a hub of that many SAID edges.
 */
export function hubBundle(statements: number): IngestBundle {
  const text = 'The spokesperson answered every question at length.';
  const addressees = Array.from({ length: ADDRESSEES }, (_, i) => ({
    id: `actor:hub-listener-${i}`,
    name: `Hub Listener ${i}`,
    aliases: [],
    affiliations: [],
  }));
  return {
    version: 1,
    source: 'curated',
    article: { id: 'article:hub-test', title: 'Hub test', lang: 'en', text },
    actors: [
      { id: HUB_ACTOR_ID, name: 'Hub Speaker', aliases: [], affiliations: [] },
      ...addressees,
    ],
    institutions: [],
    statements: Array.from({ length: statements }, (_, i) => ({
      id: `statement:hub-test:${i}`,
      speakers: [HUB_ACTOR_ID],
      addressees: [addressees[i % ADDRESSEES]!.id],
      text: `answer number ${i} to the question of the day`,
      lang: 'en',
      direct: false,
      evidence: { start: 0, end: text.length },
      respondsTo: i > 0 && i % 5 === 0 ? [`statement:hub-test:${i - 1}`] : [],
      confidence: 1,
    })),
    meetings: [],
  };
}
