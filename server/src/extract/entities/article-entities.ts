import { actorId, institutionId, type InstitutionKind } from '@parley/graph-schema';
import { compareNames, nameKey, type NameKey } from '../names/phonetic-key';
import type { InstitutionSpec, Title } from '../types';
import { bodyOfInstitution, type BodyType } from './gazetteer';
import type { KnownEntity, KnownEntityIndex } from './known-entities';
import { describeTitle } from './roles';

/** A party of one article: known from the graph or new, with what the article says about it. */
export interface ArticleEntity {
  id: string;
  kind: 'actor' | 'institution';
  name: string;
  /** Spellings this article used, in any script. */
  aliases: Set<string>;
  known: boolean;
  role?: string;
  institutionKind?: InstitutionKind;
  /** The state it belongs to (or is), canonical English name. */
  country?: string;
  body?: BodyType;
  /** Institution id → role there. */
  affiliations: Map<string, string>;
  nameKey?: NameKey;
}

export interface PersonName {
  /** As written in the article. */
  surface: string;
  /** In Latin letters (transliterated when the article is in another script). */
  latin: string;
}

export interface PersonOptions {
  title?: Title;
  /** Make a new person when nobody known fits (a title or a speech verb vouches for the name). */
  allowNew?: boolean;
  /** Let a lone word match a surname from the graph ("Lavrov"); off where any word might be a name. */
  graphSurnames?: boolean;
}

/** Who a mention stands for: one id, or the candidates when the article does not decide. */
export interface Resolved {
  ids: string[];
  confidence: number;
}

const CONFIDENCE = {
  fullName: 1,
  similarName: 0.85,
  newFullName: 0.9,
  surname: 0.95,
  knownAlias: 0.9,
  knownSurname: 0.7,
  newSingleName: 0.6,
  ambiguous: 0.5,
} as const;

/** The parties of one article: resolves names to known entities or new ones, never merging two known people. */
export class ArticleEntities {
  private readonly byId = new Map<string, ArticleEntity>();
  /** Ids of people first met by one name and then named in full ("Ryabkov", then "Sergey Ryabkov"). */
  private readonly renamed = new Map<string, string>();

  constructor(private readonly known: KnownEntityIndex) {}

  get(id: string): ArticleEntity | undefined {
    return this.byId.get(id);
  }

  /** The id an entity has now: a lone name given in full later in the article takes the full name's id. */
  currentId(id: string): string {
    let current = id;
    for (let next = this.renamed.get(current); next; next = this.renamed.get(current))
      current = next;
    return current;
  }

  all(): ArticleEntity[] {
    return [...this.byId.values()];
  }

  person(name: PersonName, options: PersonOptions = {}): Resolved | undefined {
    const { title, allowNew = false, graphSurnames = true } = options;
    const key = nameKey(name.latin);
    if (key.tokens.length === 0) return undefined;
    const resolved =
      key.tokens.length >= 2
        ? this.fullName(name, key, allowNew)
        : this.singleName(name, key, allowNew, graphSurnames);
    const [id] = resolved?.ids ?? [];
    if (resolved?.ids.length === 1 && id) {
      const entity = this.byId.get(id)!;
      entity.aliases.add(name.surface);
      if (title) this.applyTitle(entity, title);
    }
    return resolved;
  }

  institution(spec: InstitutionSpec, surface: string): string {
    const id = institutionId(spec.name);
    const known = this.known.get(id) ?? singleOrNone(this.known.withAlias(surface, 'institution'));
    const entity =
      this.byId.get(known?.id ?? id) ??
      this.add(known ? this.fromKnown(known) : this.newInstitution(id, spec));
    // The graph may know the institution without what the gazetteer says about it.
    entity.institutionKind ??= spec.kind;
    entity.country ??= spec.country;
    if (surface !== entity.name) entity.aliases.add(surface);
    return entity.id;
  }

  private fullName(name: PersonName, key: NameKey, allowNew: boolean): Resolved | undefined {
    const inArticle = this.actors().filter(
      (e) =>
        e.nameKey && (compareNames(e.nameKey, key) !== 'different' || endsWith(e.nameKey, key)),
    );
    if (inArticle.length === 1) return { ids: [inArticle[0]!.id], confidence: CONFIDENCE.fullName };
    const byAlias = this.known.withAlias(name.surface, 'actor');
    const known = byAlias.length > 0 ? byAlias : this.known.actorsNamed(name.latin);
    if (known.length > 0) return this.adoptKnown(known, byAlias.length > 0);
    if (!allowNew) return undefined;
    const id = actorId(name.latin);
    if (!this.byId.has(id) && !this.completeLoneName(id, name.latin))
      this.add(this.newActor(id, name.latin));
    return { ids: [id], confidence: CONFIDENCE.newFullName };
  }

  private singleName(
    name: PersonName,
    key: NameKey,
    allowNew: boolean,
    graphSurnames: boolean,
  ): Resolved | undefined {
    const inArticle = this.actors().filter(
      (e) => sharesFirstOrLastName(e, key) || e.aliases.has(name.surface),
    );
    if (inArticle.length > 0)
      return inArticle.length === 1
        ? { ids: [inArticle[0]!.id], confidence: CONFIDENCE.surname }
        : { ids: inArticle.map((e) => e.id), confidence: CONFIDENCE.ambiguous };
    const byAlias = this.known.withAlias(name.surface, 'actor');
    if (byAlias.length > 0) return this.adoptKnown(byAlias, true);
    const bySurname = graphSurnames ? this.known.actorsWithWord(name.latin) : [];
    if (bySurname.length === 1) {
      return { ...this.adoptKnown(bySurname, false), confidence: CONFIDENCE.knownSurname };
    }
    if (!allowNew) return undefined;
    const id = actorId(name.latin);
    if (!this.byId.has(id)) this.add(this.newActor(id, name.latin));
    return { ids: [id], confidence: CONFIDENCE.newSingleName };
  }

  /**
   * "పుష్ప కమాల్ దహాల్ అలియాస్ ప్రచండ" (Pushpa Kamal Dahal alias Prachanda): the other name is the
   * same person's, and a new person the article met by that name before is them.
   */
  alsoKnownAs(id: string, other: PersonName): void {
    const entity = this.byId.get(id);
    if (!entity) return;
    const key = nameKey(other.latin).joined;
    for (const earlier of this.actors())
      if (earlier !== entity && !earlier.known && earlier.nameKey?.joined === key)
        this.merge(earlier.id, id);
    entity.aliases.add(other.surface);
  }

  /** The article's party `from` is `into` after all: `from`'s id now leads to `into`. */
  merge(from: string, into: string): void {
    const earlier = this.byId.get(from);
    const entity = this.byId.get(into);
    if (!earlier || !entity || earlier === entity) return;
    this.byId.delete(from);
    this.renamed.set(from, into);
    for (const alias of [earlier.name, ...earlier.aliases]) entity.aliases.add(alias);
    entity.role ??= earlier.role;
    entity.country ??= earlier.country;
    for (const [institution, role] of earlier.affiliations)
      if (!entity.affiliations.has(institution)) entity.affiliations.set(institution, role);
  }

  /**
   * A headline's "Ryabkov says…" before the story's "Deputy Foreign Minister Sergey Ryabkov": when
   * exactly one new person of the article was named by a lone word of this full name, it is them.
   */
  private completeLoneName(id: string, latin: string): ArticleEntity | undefined {
    const full = this.newActor(id, latin);
    const lone = this.actors().filter(
      (e) => !e.known && e.nameKey?.tokens.length === 1 && sharesFirstOrLastName(full, e.nameKey),
    );
    const [entity] = lone;
    if (lone.length !== 1 || !entity) return undefined;
    this.byId.delete(entity.id);
    this.renamed.set(entity.id, id);
    entity.aliases.add(entity.name);
    Object.assign(entity, { id, name: latin, nameKey: full.nameKey });
    return this.add(entity);
  }

  private adoptKnown(candidates: KnownEntity[], exact: boolean): Resolved {
    for (const k of candidates) if (!this.byId.has(k.id)) this.add(this.fromKnown(k));
    if (candidates.length > 1)
      return { ids: candidates.map((k) => k.id), confidence: CONFIDENCE.ambiguous };
    return {
      ids: [candidates[0]!.id],
      confidence: exact ? CONFIDENCE.knownAlias : CONFIDENCE.similarName,
    };
  }

  private applyTitle(entity: ArticleEntity, title: Title): void {
    const institution = title.institutionId ? this.byId.get(title.institutionId) : undefined;
    const description = describeTitle(title, institution?.name);
    entity.role ??= description.role;
    entity.country ??= title.country ?? institution?.country;
    const affiliation = description.affiliation;
    if (!affiliation) return;
    const target = affiliation.institution;
    const id = 'id' in target ? target.id : this.institution(target, target.name);
    if (!entity.affiliations.has(id)) entity.affiliations.set(id, affiliation.role);
  }

  private actors(): ArticleEntity[] {
    return this.all().filter((e) => e.kind === 'actor');
  }

  private add(entity: ArticleEntity): ArticleEntity {
    this.byId.set(entity.id, entity);
    return entity;
  }

  private newActor(id: string, latin: string): ArticleEntity {
    return {
      id,
      kind: 'actor',
      name: latin,
      aliases: new Set(),
      known: false,
      affiliations: new Map(),
      nameKey: nameKey(latin),
    };
  }

  private newInstitution(id: string, spec: InstitutionSpec): ArticleEntity {
    return {
      id,
      kind: 'institution',
      name: spec.name,
      aliases: new Set(),
      known: false,
      institutionKind: spec.kind,
      ...(spec.country ? { country: spec.country } : {}),
      ...bodyFields(id),
      affiliations: new Map(),
    };
  }

  private fromKnown(known: KnownEntity): ArticleEntity {
    const key = nameKey(known.name);
    return {
      id: known.id,
      kind: known.kind,
      name: known.name,
      aliases: new Set(),
      known: true,
      ...(known.role ? { role: known.role } : {}),
      ...(known.institutionKind ? { institutionKind: known.institutionKind } : {}),
      ...(known.institutionKind === 'state' ? { country: known.name } : {}),
      ...bodyFields(known.id),
      affiliations: new Map(),
      ...(known.kind === 'actor' && key.tokens.length > 0 ? { nameKey: key } : {}),
    };
  }
}

function bodyFields(id: string): Pick<ArticleEntity, 'body' | 'country'> {
  const body = bodyOfInstitution(id);
  return body ? { body: body.body, country: body.country } : {};
}

function singleOrNone<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** "Al Ansari" after "Majed bin Mohammed Al Ansari": the last words of a longer name. */
function endsWith(longer: NameKey, shorter: NameKey): boolean {
  const offset = longer.tokens.length - shorter.tokens.length;
  return offset > 0 && shorter.tokens.every((t, k) => longer.tokens[offset + k] === t);
}

function sharesFirstOrLastName(entity: ArticleEntity, word: NameKey): boolean {
  const tokens = entity.nameKey?.tokens ?? [];
  if (tokens.length < 2) return tokens[0] === word.joined;
  return [tokens[0]!, tokens[tokens.length - 1]!].some(
    (t) => t === word.joined || compareNames(nameKey(t), word) === 'similar',
  );
}
