import { INSTITUTION_KINDS, NodeLabel, RelType, type InstitutionKind } from '@parley/graph-schema';
import type { KnownEntity, KnownStatement } from '../../extract/entities/known-entities';
import { int } from '../convert';
import type { Db } from '../driver';
import type { ReadQuery } from './read-query';

/** More than any graph Parley serves today; a guard, not a page size. */
const KNOWN_ENTITIES_MAX = 100_000;
/** Latest statements per speaker a new article's reply may answer. */
const STATEMENTS_PER_SPEAKER = 5;

/** Every actor and institution with the names extraction resolves mentions against. */
const KNOWN_ENTITIES = `
CALL () {
  MATCH (n:${NodeLabel.Actor}) RETURN n, 'actor' AS kind
  UNION ALL
  MATCH (n:${NodeLabel.Institution}) RETURN n, 'institution' AS kind
}
RETURN n.id AS id, kind, n.name AS name, coalesce(n.aliases, []) AS aliases,
       n.role AS role, n.kind AS institutionKind
LIMIT $limit`;

/** The latest statements of each speaker, outside the article being ingested and not after it. */
const STATEMENTS_BY_SPEAKERS = `
UNWIND $speakerIds AS speakerId
CALL (speakerId) {
  MATCH (p:${NodeLabel.Actor} {id: speakerId}) RETURN p
  UNION
  MATCH (p:${NodeLabel.Institution} {id: speakerId}) RETURN p
}
MATCH (p)-[:${RelType.SAID}]->(s:${NodeLabel.Statement})
WHERE s.articleId <> $articleId AND ($before IS NULL OR s.date IS NULL OR s.date <= $before)
WITH speakerId, s ORDER BY s.date DESC, s.id
WITH speakerId, collect(s)[0..$perSpeaker] AS latest
UNWIND latest AS s
RETURN speakerId, s.id AS id, s.text AS text, s.date AS date, s.articleId AS articleId`;

const isInstitutionKind = (value: unknown): value is InstitutionKind =>
  (INSTITUTION_KINDS as readonly unknown[]).includes(value);

export const knownEntitiesRead = (): ReadQuery => ({
  cypher: KNOWN_ENTITIES,
  params: { limit: int(KNOWN_ENTITIES_MAX) },
});

export async function loadKnownEntities(db: Db): Promise<KnownEntity[]> {
  const { cypher, params } = knownEntitiesRead();
  const result = await db.read(cypher, params);
  return result.records.map((r) => {
    const role = r.get('role') as string | null;
    const institutionKind = r.get('institutionKind') as unknown;
    return {
      id: r.get('id') as string,
      kind: r.get('kind') as KnownEntity['kind'],
      name: r.get('name') as string,
      aliases: r.get('aliases') as string[],
      ...(role ? { role } : {}),
      ...(isInstitutionKind(institutionKind) ? { institutionKind } : {}),
    };
  });
}

export type StatementsBySpeakersOptions = { exceptArticleId: string; before?: string };

export const statementsBySpeakersRead = (
  speakerIds: string[],
  options: StatementsBySpeakersOptions,
): ReadQuery => ({
  cypher: STATEMENTS_BY_SPEAKERS,
  params: {
    speakerIds,
    articleId: options.exceptArticleId,
    before: options.before ?? null,
    perSpeaker: int(STATEMENTS_PER_SPEAKER),
  },
});

/** What these speakers said lately in other articles, newest first, for replies to answer. */
export async function findStatementsBySpeakers(
  db: Db,
  speakerIds: string[],
  options: StatementsBySpeakersOptions,
): Promise<KnownStatement[]> {
  if (speakerIds.length === 0) return [];
  const { cypher, params } = statementsBySpeakersRead(speakerIds, options);
  const result = await db.read(cypher, params);
  return result.records.map((r) => {
    const date = r.get('date') as string | null;
    return {
      id: r.get('id') as string,
      speakerIds: [r.get('speakerId') as string],
      text: r.get('text') as string,
      articleId: r.get('articleId') as string,
      ...(date ? { date } : {}),
    };
  });
}
