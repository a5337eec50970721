import {
  REL_TYPES,
  ingestBundleSchema,
  type IngestBundle,
  type IngestBundleInput,
} from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticBundles } from '../../bench/synthetic-graph';
import { applySchema } from '../../src/db/apply-schema';
import { Db } from '../../src/db/driver';
import { ingestBundles } from '../../src/db/queries/ingest';
import { resetToSeed } from './harness';

let db: Db;
beforeAll(async () => {
  db = Db.connect({ uri: inject('neo4jUri') });
  await resetToSeed(db);
});
afterAll(() => db.close());

const TEXT = 'Minister Vale warned Ostland. Ostland replied at once. Vale met Berg in Kell.';
const VALE = 'actor:vale';
const BERG = 'actor:berg';
const OSTLAND = 'institution:ostland';

type StatementInput = NonNullable<IngestBundleInput['statements']>[number];

function statement(id: string, fields: Partial<StatementInput> = {}): StatementInput {
  return {
    id: `statement:${id}`,
    speakers: [VALE],
    addressees: [OSTLAND],
    text: `said ${id}`,
    lang: 'en',
    direct: false,
    evidence: { start: 0, end: 10 },
    ...fields,
  };
}

/** A bundle from article `article` naming Vale, Berg and Ostland, and any `actors` given. */
function bundle(article: string, fields: Partial<IngestBundleInput> = {}): IngestBundle {
  return ingestBundleSchema.parse({
    version: 1,
    article: { id: `article:${article}`, title: article, lang: 'en', text: TEXT },
    institutions: [{ id: OSTLAND, name: 'Ostland', kind: 'state' }],
    ...fields,
    actors: [
      { id: VALE, name: 'Anna Vale', aliases: ['Vale'], affiliations: [{ institution: OSTLAND }] },
      { id: BERG, name: 'Otto Berg' },
      ...(fields.actors ?? []),
    ],
  });
}

async function one<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const result = await db.read(cypher, params);
  return result.records[0]?.get(0) as T;
}

const elementCounts = () =>
  one<number[]>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN [nodes, rels]',
  ).then((counts) => counts.map(Number));

/** Every SPOKE_TO count against the statements it stands for, and pairs missing one. */
const spokeToMismatches = () =>
  one<string[]>(`
    CALL () {
      MATCH (p)-[w:SPOKE_TO]->(q)
      WITH p, q, w.count AS stored,
           COUNT { (p)-[:SAID]->(:Statement)-[:ADDRESSED_TO]->(q) } AS actual
      WHERE stored <> actual
      RETURN p.id + ' > ' + q.id + ': ' + stored + ' stored, ' + actual + ' said' AS mismatch
      UNION
      MATCH (p)-[:SAID]->(:Statement)-[:ADDRESSED_TO]->(q)
      WHERE NOT EXISTS { (p)-[:SPOKE_TO]->(q) }
      RETURN DISTINCT p.id + ' > ' + q.id + ': no aggregate' AS mismatch
    }
    RETURN collect(mismatch)`);

describe('ingest of several bundles in one transaction', () => {
  it('writes a statement named in two bundles once, with the speakers and articles of both', async () => {
    await ingestBundles(db, [
      bundle('twice-a', { statements: [statement('twice:one')] }),
      bundle('twice-b', {
        statements: [statement('twice:one', { speakers: [BERG], addressees: [] })],
      }),
    ]);
    const speakers = await one<string[]>(
      "MATCH (p)-[:SAID]->(:Statement {id: 'statement:twice:one'}) RETURN collect(p.id)",
    );
    expect(speakers.sort()).toEqual([BERG, VALE]);
    const articles = await one<string[]>(
      "MATCH (:Statement {id: 'statement:twice:one'})-[:REPORTED_IN]->(a) RETURN collect(a.id)",
    );
    expect(articles.sort()).toEqual(['article:twice-a', 'article:twice-b']);
  });

  it('keeps every spelling from every bundle, in the order they arrived', async () => {
    await ingestBundles(db, [
      bundle('spell-a', {
        actors: [{ id: 'actor:ilse-kern', name: 'Ilse Kern', aliases: ['Kern'] }],
      }),
      bundle('spell-b', {
        actors: [{ id: 'actor:ilse-kern', name: 'I. Kern', aliases: ['Керн'] }],
      }),
    ]);
    const actor = await one<{ name: string; aliases: string[] }>(
      "MATCH (a:Actor {id: 'actor:ilse-kern'}) RETURN {name: a.name, aliases: a.aliases}",
    );
    expect(actor).toEqual({ name: 'I. Kern', aliases: ['Kern', 'Ilse Kern', 'Керн', 'I. Kern'] });
  });

  it('links a reply to a statement of a later bundle, of either source', async () => {
    await ingestBundles(db, [
      bundle('reply-a', {
        statements: [statement('reply:answer', { respondsTo: ['statement:reply:question'] })],
      }),
      bundle('reply-b', {
        source: 'extracted',
        statements: [
          statement('reply:question'),
          statement('reply:echo', { respondsTo: ['statement:reply:answer'] }),
        ],
      }),
    ]);
    const replies = await one<string[]>(
      `MATCH (a:Statement)-[:RESPONDS_TO]->(b:Statement) WHERE a.id STARTS WITH 'statement:reply:'
       RETURN collect(a.id + ' > ' + b.id)`,
    );
    expect(replies.sort()).toEqual([
      'statement:reply:answer > statement:reply:question',
      'statement:reply:echo > statement:reply:answer',
    ]);
  });

  it('writes one SAID for a speaker named twice', async () => {
    await ingestBundles(db, [
      bundle('twice-named', {
        statements: [
          statement('named:twice', {
            speakers: [VALE, VALE, BERG],
            ambiguity: { field: 'speaker', candidates: [VALE, BERG], note: 'either' },
          }),
        ],
      }),
    ]);
    const said = await one<string[]>(
      "MATCH (p)-[r:SAID]->(:Statement {id: 'statement:named:twice'}) RETURN collect(p.id)",
    );
    expect(said.sort()).toEqual([BERG, VALE]);
  });
});

describe('curated facts win over extracted ones', () => {
  it('keeps a curated statement, name and role when an extracted bundle says otherwise', async () => {
    await ingestBundles(db, [
      bundle('won-curated', {
        actors: [{ id: 'actor:lena-roth', name: 'Lena Roth', role: 'envoy' }],
        statements: [statement('won:s', { text: 'curated words' })],
      }),
    ]);
    await ingestBundles(db, [
      bundle('won-extracted', {
        source: 'extracted',
        actors: [{ id: 'actor:lena-roth', name: 'L. Roth', role: 'spokesperson' }],
        statements: [statement('won:s', { text: 'extracted words' })],
      }),
    ]);
    const result = await one<Record<string, unknown>>(`
      MATCH (s:Statement {id: 'statement:won:s'}), (a:Actor {id: 'actor:lena-roth'})
      RETURN {text: s.text, source: s.source, name: a.name, role: a.role, aliases: a.aliases}`);
    expect(result).toEqual({
      text: 'curated words',
      source: 'curated',
      name: 'Lena Roth',
      role: 'envoy',
      aliases: ['Lena Roth', 'L. Roth'],
    });
  });

  it('lets a curated bundle correct an extracted statement', async () => {
    await ingestBundles(db, [
      bundle('fix-extracted', {
        source: 'extracted',
        statements: [statement('fix:s', { text: 'extracted words' })],
      }),
    ]);
    await ingestBundles(db, [
      bundle('fix-curated', { statements: [statement('fix:s', { text: 'curated words' })] }),
    ]);
    const text = await one<string>("MATCH (s:Statement {id: 'statement:fix:s'}) RETURN s.text");
    expect(text).toBe('curated words');
  });
});

describe('re-ingesting', () => {
  const synthetic = () => [...syntheticBundles({ statements: 600, seed: 9 })];

  it('a batch of bundles creates nothing the second time', async () => {
    const first = await ingestBundles(db, synthetic());
    expect(first.nodes.created).toBeGreaterThan(600);
    const before = await elementCounts();
    const again = await ingestBundles(db, synthetic());
    expect(again.nodes.created).toBe(0);
    expect(again.relationships.created).toBe(0);
    expect(again.nodes.matched).toBe(first.nodes.created + first.nodes.matched);
    expect(await elementCounts()).toEqual(before);
  });

  it('adds what a known statement gained and nothing else', async () => {
    await ingestBundles(db, [bundle('gain', { statements: [statement('gain:s')] })]);
    const gained = await ingestBundles(db, [
      bundle('gain', { statements: [statement('gain:s', { addressees: [OSTLAND, BERG] })] }),
    ]);
    expect(gained.nodes.created).toBe(0);
    expect(gained.relationships.created).toBe(1);
  });
});

/** Parties whose degree differs from their relationships, or that have none. */
const degreeMismatches = () =>
  one<string[]>(`
    MATCH (p:Actor|Institution)
    WITH p, COUNT { (p)-[:${REL_TYPES.join('|')}]-() } AS actual
    WHERE p.degree IS NULL OR p.degree <> actual
    RETURN collect(p.id + ': ' + coalesce(toString(p.degree), 'none') + ' kept, ' + actual + ' counted')`);

describe('the degree the first view ranks parties by', () => {
  it('matches their relationships after every ingest above', async () => {
    expect(await degreeMismatches()).toEqual([]);
  });

  it('is built for a graph written before it existed', async () => {
    await db.write('MATCH (p:Actor|Institution) REMOVE p.degree');
    await applySchema(db);
    expect(await degreeMismatches()).toEqual([]);
  });
});

describe('the who-said-what aggregate', () => {
  it('matches the statements after new, repeated and grown statements', async () => {
    await ingestBundles(db, [
      bundle('spoke-a', {
        statements: [statement('spoke:1'), statement('spoke:2', { addressees: [OSTLAND, BERG] })],
      }),
      bundle('spoke-b', { statements: [statement('spoke:3', { speakers: [BERG] })] }),
    ]);
    await ingestBundles(db, [
      bundle('spoke-a', {
        statements: [statement('spoke:1', { addressees: [OSTLAND, BERG] }), statement('spoke:4')],
      }),
      // Berg said it to Ostland; now Vale said it too, to Berg as well: four pairs, not one.
      bundle('spoke-b', { statements: [statement('spoke:3', { addressees: [BERG] })] }),
    ]);
    expect(await spokeToMismatches()).toEqual([]);
  });
});
