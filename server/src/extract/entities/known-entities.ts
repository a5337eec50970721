import type { InstitutionKind } from '@parley/graph-schema';
import { compareNames, nameKey, nameTokens, type NameKey } from '../names/phonetic-key';

/** An actor or institution already in the graph, as the extraction resolves names against it. */
export interface KnownEntity {
  id: string;
  kind: 'actor' | 'institution';
  name: string;
  aliases: string[];
  role?: string;
  institutionKind?: InstitutionKind;
}

/** A statement already in the graph that a new article may answer. */
export interface KnownStatement {
  id: string;
  speakerIds: string[];
  text: string;
  date?: string;
  articleId: string;
}

const LATIN_NAME = /^[\p{Script=Latin}\s.'’-]+$/u;

/** Aliases compare without case, joiners or repeated spaces, in any script. */
export function normalizeAlias(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200C\u200D]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

interface KeyedName {
  entity: KnownEntity;
  key: NameKey;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const unique = (entities: KnownEntity[]) => [...new Map(entities.map((e) => [e.id, e])).values()];

/** Lookups of known entities by id, by exact alias in any script, and by the sound of a Latin name. */
export class KnownEntityIndex {
  private readonly byId = new Map<string, KnownEntity>();
  private readonly byAlias = new Map<string, KnownEntity[]>();
  private readonly actorsByJoinedKey = new Map<string, KeyedName[]>();
  private readonly actorsBySkeleton = new Map<string, KeyedName[]>();
  private readonly actorsByWord = new Map<string, KnownEntity[]>();

  constructor(readonly entities: readonly KnownEntity[]) {
    for (const entity of entities) {
      this.byId.set(entity.id, entity);
      for (const alias of [entity.name, ...entity.aliases])
        push(this.byAlias, normalizeAlias(alias), entity);
      if (entity.kind === 'actor') this.indexActorName(entity);
    }
  }

  private indexActorName(entity: KnownEntity): void {
    for (const name of [entity.name, ...entity.aliases].filter((n) => LATIN_NAME.test(n))) {
      const key = nameKey(name);
      if (key.tokens.length < 2) continue;
      push(this.actorsByJoinedKey, key.joined, { entity, key });
      push(this.actorsBySkeleton, key.skeleton, { entity, key });
    }
    const words = nameKey(entity.name).tokens;
    for (const word of new Set([words[0], words[words.length - 1]]))
      if (word) push(this.actorsByWord, word, entity);
  }

  get(id: string): KnownEntity | undefined {
    return this.byId.get(id);
  }

  withAlias(surface: string, kind?: KnownEntity['kind']): KnownEntity[] {
    const found = this.byAlias.get(normalizeAlias(surface)) ?? [];
    return unique(kind ? found.filter((e) => e.kind === kind) : found);
  }

  /** Actors whose full name sounds like `latinName`: the same key first, else the same consonants. */
  actorsNamed(latinName: string): KnownEntity[] {
    const key = nameKey(latinName);
    if (key.tokens.length < 2) return [];
    const same = this.actorsByJoinedKey.get(key.joined) ?? [];
    if (same.length > 0) return unique(same.map((k) => k.entity));
    const similar = (this.actorsBySkeleton.get(key.skeleton) ?? []).filter(
      (k) => compareNames(k.key, key) !== 'different',
    );
    return unique(similar.map((k) => k.entity));
  }

  /** Actors whose first or last name is this one word ("Lavrov"), for headlines without a first mention. */
  actorsWithWord(latinWord: string): KnownEntity[] {
    const [word] = nameKey(latinWord).tokens;
    return word && nameTokens(latinWord).length === 1 ? (this.actorsByWord.get(word) ?? []) : [];
  }

  /** Latin names and aliases, longest first, for languages that find names by their letters. */
  latinAliases(): { alias: string; entity: KnownEntity }[] {
    return this.entities
      .flatMap((entity) => [entity.name, ...entity.aliases].map((alias) => ({ alias, entity })))
      .filter(({ alias }) => LATIN_NAME.test(alias))
      .sort((a, b) => b.alias.length - a.alias.length);
  }
}
