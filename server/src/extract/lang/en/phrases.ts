import {
  COUNTRIES,
  GAZETTEER_INSTITUTION_IDS,
  NEWS_AGENCIES,
  ORGANIZATIONS,
  PLACES,
  type BodyType,
} from '../../entities/gazetteer';
import type { KnownEntityIndex } from '../../entities/known-entities';
import type { InstitutionSpec } from '../../types';
import { BODY_PHRASES } from './lexicon';
import { isAllCaps, tokenize, type Token } from './tokens';

export type PhraseEntry =
  | { type: 'country'; country: string; capital?: string }
  | { type: 'demonym'; country: string }
  | { type: 'org'; spec: InstitutionSpec; channel: boolean }
  | { type: 'place'; name: string }
  | { type: 'body'; body: BodyType };

interface Node {
  next: Map<string, Node>;
  /** A phrase continues past a possessive word here ("Prime Minister's Office"). */
  possessiveInside?: boolean;
  entry?: { value: PhraseEntry; words: string[]; caseSensitive: boolean };
}

const PRIORITY: Record<PhraseEntry['type'], number> = {
  org: 5,
  body: 4,
  country: 3,
  place: 2,
  demonym: 1,
};

const phraseWords = (phrase: string) =>
  tokenize({ index: 0, start: 0, end: phrase.length, text: phrase, quotes: [] });

/** Multi-word names matched token by token, longest first; capitalised names must stay capitalised. */
export class PhraseTable {
  private readonly root: Node = { next: new Map() };

  add(phrase: string, value: PhraseEntry, caseSensitive = true): void {
    const tokens = phraseWords(phrase);
    let node = this.root;
    tokens.forEach((t, k) => {
      const child: Node = node.next.get(t.lower) ?? { next: new Map() };
      if (t.possessive && k < tokens.length - 1) child.possessiveInside = true;
      node.next.set(t.lower, child);
      node = child;
    });
    if (!node.entry || PRIORITY[value.type] > PRIORITY[node.entry.value.type])
      node.entry = { value, words: tokens.map((t) => t.text), caseSensitive };
  }

  /** The longest phrase starting at `tokens[i]`, and the index after it. */
  longestAt(tokens: Token[], i: number): { entry: PhraseEntry; end: number } | undefined {
    let node: Node | undefined = this.root;
    let found: { entry: PhraseEntry; end: number } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      const token = tokens[j]!;
      node = node.next.get(token.lower);
      if (!node) break;
      if (
        node.entry &&
        casesAgree(node.entry.words, tokens.slice(i, j + 1), node.entry.caseSensitive)
      )
        found = { entry: node.entry.value, end: j + 1 };
      // "Moscow's" ends a phrase; "People's Republic of China" goes on past its possessive word.
      if (token.possessive && !node.possessiveInside) break;
    }
    return found;
  }
}

function casesAgree(words: string[], tokens: Token[], caseSensitive: boolean): boolean {
  if (!caseSensitive) return true;
  return tokens.every((t, k) => isAllCaps(t) || t.text.charAt(0) === words[k]!.charAt(0));
}

function buildGazetteerTable(): PhraseTable {
  const table = new PhraseTable();
  for (const c of COUNTRIES) {
    for (const name of [c.name, ...c.aliases])
      table.add(name, { type: 'country', country: c.name });
    for (const city of [...(c.capital ? [c.capital] : []), ...(c.seats ?? [])])
      table.add(city, { type: 'country', country: c.name, capital: city });
    for (const demonym of c.demonyms) table.add(demonym, { type: 'demonym', country: c.name });
  }
  for (const o of ORGANIZATIONS)
    for (const name of [o.name, ...o.aliases])
      table.add(name, {
        type: 'org',
        spec: { name: o.name, kind: o.kind, ...(o.country ? { country: o.country } : {}) },
        channel: false,
      });
  for (const a of NEWS_AGENCIES)
    for (const name of [a.name, ...a.aliases])
      table.add(name, { type: 'org', spec: { name: a.name, kind: a.kind }, channel: true });
  for (const p of PLACES)
    for (const name of [p.name, ...p.aliases]) table.add(name, { type: 'place', name: p.name });
  for (const { phrase, body, asWritten } of BODY_PHRASES)
    table.add(phrase, { type: 'body', body }, !!asWritten);
  return table;
}

export const GAZETTEER_PHRASES = buildGazetteerTable();

const knownTables = new WeakMap<KnownEntityIndex, PhraseTable>();

/** Institutions already in the graph, by their Latin names and aliases (built once per index). */
export function knownInstitutionPhrases(known: KnownEntityIndex): PhraseTable {
  const cached = knownTables.get(known);
  if (cached) return cached;
  const table = new PhraseTable();
  for (const { alias, entity } of known.latinAliases())
    if (
      entity.kind === 'institution' &&
      !GAZETTEER_INSTITUTION_IDS.has(entity.id) &&
      !/^[a-z]/.test(alias) &&
      alias.length > 2
    )
      table.add(alias, {
        type: 'org',
        spec: { name: entity.name, kind: entity.institutionKind ?? 'other' },
        channel: entity.institutionKind === 'news-agency',
      });
  knownTables.set(known, table);
  return table;
}
