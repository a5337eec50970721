import {
  ArticleEntities,
  type PersonName,
  type PersonOptions,
  type Resolved,
} from './entities/article-entities';
import { bodySpec, isNewsAgencyId, stateSpec, type BodyType } from './entities/gazetteer';
import type { KnownEntityIndex } from './entities/known-entities';
import { Discourse } from './discourse/discourse';
import type { ArticleEntity } from './entities/article-entities';
import type { InstitutionSpec } from './types';

const CONFIDENCE = {
  named: 1,
  pronoun: 0.8,
  descriptor: 0.85,
  guessedBody: 0.75,
  recentSpeaker: 0.7,
  foreseen: 0.75,
} as const;

/**
 * What a language module may ask while it reads a sentence: who a name, an institution, a
 * pronoun or a description ("the ministry") stands for. Every answer is remembered, so later
 * sentences can refer back to it.
 */
export class ArticleContext {
  readonly entities: ArticleEntities;
  readonly discourse: Discourse;
  private foresee?: (fits: (e: ArticleEntity) => boolean) => ArticleEntity | undefined;

  constructor(
    readonly known: KnownEntityIndex,
    /** Whose institutions an unqualified "Foreign Ministry" means in this language's press. */
    private readonly homeCountry?: string,
  ) {
    this.entities = new ArticleEntities(known);
    this.discourse = new Discourse(this.entities);
  }

  /** A person by name; a bare surname shared by several people stays ambiguous unless only one of them just spoke. */
  person(name: PersonName, options: PersonOptions = {}): Resolved | undefined {
    const resolved = this.entities.person(name, options);
    if (!resolved || resolved.ids.length <= 1) return resolved && this.noted(resolved);
    const speaker = this.discourse.recentSpeakerAmong(resolved.ids);
    return speaker
      ? this.noted({ ids: [speaker], confidence: CONFIDENCE.recentSpeaker })
      : resolved;
  }

  institution(spec: InstitutionSpec, surface: string): Resolved {
    return this.noted({
      ids: [this.entities.institution(spec, surface)],
      confidence: CONFIDENCE.named,
    });
  }

  state(country: string, surface: string): Resolved {
    return this.institution(stateSpec(country), surface);
  }

  /**
   * A body named without its country ("the Foreign Ministry", "విదేశాంగ శాఖ"): the one that has
   * been speaking, else the one last mentioned (the ministry a speaker rejects is not the one that
   * goes on speaking), else the country the sentence points to, else the press's home country,
   * else the first state of the article.
   */
  body(body: BodyType, surface: string, hintCountry?: string): Resolved | undefined {
    const last = this.discourse.lastSpeakerOrMentioned((e) => e.body === body);
    if (last) return this.noted({ ids: [last], confidence: CONFIDENCE.descriptor });
    const country = hintCountry ?? this.homeCountry ?? this.discourse.firstState();
    if (!country) return undefined;
    const resolved = this.institution(bodySpec(country, body), surface);
    return { ...resolved, confidence: CONFIDENCE.guessedBody };
  }

  /** "the ministry": the ministry last mentioned (of `country`, when the words name one). */
  anyMinistry(country?: string): Resolved | undefined {
    return this.descriptor(
      (e) => e.institutionKind === 'ministry' && (country === undefined || e.country === country),
    );
  }

  newsAgency(): Resolved | undefined {
    return this.descriptor((e) => isNewsAgencyId(e.id));
  }

  /**
   * "the spokesperson", "the Russian minister": the last person whose role fits, speakers first;
   * else the one the next sentences name with that title ("Colombia's foreign minister on
   * Wednesday asked …" before "Foreign Minister Maria Angela Holguin told …").
   */
  roleHolder(role: RegExp, country?: string): Resolved | undefined {
    const fits = (e: ArticleEntity) =>
      e.kind === 'actor' &&
      role.test(e.role ?? '') &&
      (country === undefined || e.country === country);
    const id = this.discourse.lastSpeakerOrMentioned(fits);
    if (id) return this.noted({ ids: [id], confidence: CONFIDENCE.descriptor });
    // A title named later may leave the country out ("Foreign Minister Maria Angela Holguin").
    const later = this.foresee?.(
      (e) => e.kind === 'actor' && role.test(e.role ?? '') && (e.country ?? country) === country,
    );
    if (!later?.role) return undefined;
    const name = { surface: [...later.aliases][0] ?? later.name, latin: later.name };
    // Read alone, the later sentence may leave out a country this article already gave them.
    const met = this.entities.person(name);
    const metCountry = met?.ids.length === 1 ? this.entities.get(met.ids[0]!)?.country : undefined;
    if (country !== undefined && metCountry !== undefined && metCountry !== country)
      return undefined;
    const resolved = this.entities.person(name, {
      title: { role: later.role, ...(later.country ? { country: later.country } : {}) },
      allowNew: true,
    });
    if (!resolved) return undefined;
    if (country !== undefined)
      for (const id of resolved.ids) this.entities.get(id)!.country ??= country;
    return this.noted({ ...resolved, confidence: CONFIDENCE.foreseen });
  }

  /** How to find a party the next sentences introduce, set by the reader as it goes. */
  lookAheadWith(foresee: (fits: (e: ArticleEntity) => boolean) => ArticleEntity | undefined): void {
    this.foresee = foresee;
  }

  /** A context of its own for reading sentences ahead without touching this one. */
  scratch(): ArticleContext {
    return new ArticleContext(this.known, this.homeCountry);
  }

  /** The country of the state last mentioned ("the country's special envoy"). */
  lastCountry(): string | undefined {
    const id = this.discourse.lastMentioned((e) => e.institutionKind === 'state');
    return id ? this.entities.get(id)?.country : undefined;
  }

  pronoun(
    refersTo: 'person' | 'institution',
    options: { sameSentenceFirst?: boolean } = {},
  ): Resolved | undefined {
    const id =
      refersTo === 'person' ? this.discourse.person(options) : this.discourse.institution();
    return id ? this.noted({ ids: [id], confidence: CONFIDENCE.pronoun }) : undefined;
  }

  private descriptor(test: (e: ArticleEntity) => boolean): Resolved | undefined {
    const id = this.discourse.lastMentioned(test);
    return id ? this.noted({ ids: [id], confidence: CONFIDENCE.descriptor }) : undefined;
  }

  private noted(resolved: Resolved): Resolved {
    if (resolved.ids.length === 1) this.discourse.noteMention(resolved.ids[0]!);
    return resolved;
  }
}
