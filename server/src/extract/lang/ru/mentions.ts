import type { ArticleContext } from '../../article-context';
import type { ArticleEntity, Resolved } from '../../entities/article-entities';
import { bodySpec, countryWithCapital, type BodyType } from '../../entities/gazetteer';
import type { Mention, Sentence, Title } from '../../types';
import { givenNameGender } from './given-names';
import { BODY_HOMES, OUTLET_WORDS } from './institutions-lexicon';
import {
  ADJECTIVES,
  isNameWordAt,
  AGENCIES,
  BODIES,
  CAPITALS,
  COUNTRIES,
  countryAt,
  ORGANIZATIONS_RU,
  PLACES,
} from './lookups';
import { readings } from './morphology';
import { nameRunAt, resolvePerson } from './names';
import { ROLES } from './roles';
import { tokenizeRussian, type RuToken } from './tokens';
import { speechVerb } from './verbs';
import {
  backReference,
  FEMININE_SURNAME,
  MASCULINE_SURNAME,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  TITLE_GLUE,
} from './mention-words';

const MAX_TITLE_TOKENS = 10;
const SIDE = 'сторона';
const PRONOUN_CONFIDENCE = 0.8;

interface Read {
  end: number;
  resolved: Resolved;
  place?: string;
  channel?: boolean;
  nominative?: boolean;
}

const OWNER_PRONOUNS: Record<string, 'm' | 'f'> = { его: 'm', ее: 'f', её: 'f' };

/** Reads a Russian sentence's mentions: titled names, declined names met before, bodies, states, pronouns. */
class RussianMentionReader {
  private readonly tokens: RuToken[];
  private readonly mentions: Mention[] = [];

  constructor(
    sentence: Sentence,
    private readonly context: ArticleContext,
    private readonly homeCountry: string,
  ) {
    this.tokens = tokenizeRussian(sentence);
  }

  /** The attribution outside quotes first, so "в пресс-службе МИД" is not read by a quoted ministry. */
  read(): Mention[] {
    for (const quoted of [false, true]) {
      let i = 0;
      while (i < this.tokens.length) {
        const token = this.tokens[i]!;
        const read = token.isWord && token.inQuote === quoted ? this.readAt(i) : undefined;
        if (read) this.add(i, read);
        i = read ? read.end : i + 1;
      }
    }
    return this.mentions.sort((a, b) => a.span.start - b.span.start);
  }

  private readAt(i: number): Read | undefined {
    return (
      this.titled(i) ??
      this.institutionAt(i) ??
      this.stateAt(i) ??
      this.pronounAt(i) ??
      this.personAt(i)
    );
  }

  /** [adjective] role [body, state, glue …] name; or the role alone for the person last holding it. */
  private titled(i: number): Read | undefined {
    const adjective = ADJECTIVES.of(this.tokens[i]!.lower);
    const at = adjective ? i + 1 : i;
    const role = ROLES.at(this.tokens, at);
    if (!role) return undefined;
    const roleCase = ROLES.caseAt(this.tokens, at);
    let j = role.end;
    let country = adjective;
    let host: string | undefined;
    let body: { type: BodyType; country?: string } | undefined;
    for (let n = 0; n < MAX_TITLE_TOKENS && j < this.tokens.length; n++) {
      const t = this.tokens[j]!;
      const afterIn = this.tokens[j - 1]?.lower === 'в';
      const state = countryAt(this.tokens, j);
      const b = BODIES.at(this.tokens, j);
      const adj = ADJECTIVES.of(t.lower);
      const nextRole = ROLES.at(this.tokens, j);
      if (state) {
        if (afterIn) host = state.value;
        else if (body && !body.country) body.country = state.value;
        else country ??= state.value;
        j = state.end;
      } else if (b) {
        body = { type: b.value, ...(adj ? { country: adj } : {}) };
        j = b.end;
      } else if (adj) {
        body = undefined;
        country ??= adj;
        j++;
      } else if (nextRole || TITLE_GLUE.has(t.lower)) j = nextRole ? nextRole.end : j + 1;
      // "посла в Братиславе Алексея Федотова": the city of the post, known or not.
      else if (afterIn && /^\p{Lu}/u.test(t.text) && isNameWordAt(this.tokens, j + 1)) j++;
      else break;
    }
    const run = nameRunAt(this.tokens, j);
    const bodyCountry = body?.country ?? country;
    const institution = body && bodyCountry ? this.body(body.type, bodyCountry) : undefined;
    const titleCountry = country ?? bodyCountry;
    if (!run) {
      // "дипломат", "глава МИД КНДР": the person last named so.
      const pattern = backReference(role.value);
      const resolved =
        this.context.roleHolder(pattern, country ?? bodyCountry) ??
        this.context.roleHolder(pattern);
      return resolved && { end: j, resolved, nominative: roleCase === 'nom' };
    }
    const title: Title = {
      role: host ? `${role.value} to ${host}` : role.value,
      ...(titleCountry ? { country: titleCountry } : {}),
      ...(institution?.ids.length === 1 ? { institutionId: institution.ids[0]! } : {}),
    };
    const person = resolvePerson(this.context, run, { title, allowNew: true }, roleCase);
    if (!person) return undefined;
    return { end: run.end, resolved: person.resolved, nominative: roleCase === 'nom' };
  }

  private body(type: BodyType, country: string): Resolved {
    const spec = bodySpec(country, type);
    return this.context.institution(spec, spec.name);
  }

  /** [adjective] body [state]: "МИД России", "российского МИД", "Кремль"; organisations and agencies. */
  private institutionAt(i: number): Read | undefined {
    const adjective = ADJECTIVES.of(this.tokens[i]!.lower);
    const at = adjective ? i + 1 : i;
    const body = BODIES.at(this.tokens, at);
    if (body) {
      const state = countryAt(this.tokens, body.end);
      const country = state?.value ?? adjective ?? BODY_HOMES[this.stemAt(at)];
      const end = state ? state.end : body.end;
      const resolved = country
        ? this.body(body.value, country)
        : this.context.body(body.value, this.tokens[at]!.text, this.homeCountry);
      return resolved && { end, resolved, nominative: BODIES.caseAt(this.tokens, at) === 'nom' };
    }
    if (adjective) return undefined;
    const org = ORGANIZATIONS_RU.at(this.tokens, i);
    if (org) {
      const resolved = this.context.institution(
        { name: org.value, kind: 'international-body' },
        this.tokens[i]!.text,
      );
      return {
        end: org.end,
        resolved,
        nominative: ORGANIZATIONS_RU.caseAt(this.tokens, i) === 'nom',
      };
    }
    const agency = AGENCIES.at(this.tokens, i);
    if (agency) {
      const resolved = this.context.institution(
        { name: agency.value, kind: 'news-agency' },
        this.tokens[i]!.text,
      );
      return { end: agency.end, resolved, channel: true };
    }
    if (OUTLET_WORDS.has(this.tokens[i]!.lower)) {
      const next = this.tokens[i + 1];
      const named = next?.capitalized && !next.inQuote;
      return { end: named ? i + 2 : i + 1, resolved: { ids: [], confidence: 0 }, channel: true };
    }
    return undefined;
  }

  /** A state by its name, capital or "российская сторона"; a city or region as a bare place. */
  private stateAt(i: number): Read | undefined {
    const adjective = ADJECTIVES.of(this.tokens[i]!.lower);
    if (adjective && this.stemAt(i + 1) === SIDE)
      return {
        end: i + 2,
        resolved: this.context.state(adjective, this.tokens[i]!.text),
        place: adjective,
      };
    const country = COUNTRIES.at(this.tokens, i);
    if (country)
      return {
        end: country.end,
        resolved: this.context.state(country.value, this.tokens[i]!.text),
        place: country.value,
        nominative: COUNTRIES.caseAt(this.tokens, i) === 'nom',
      };
    const capital = CAPITALS.at(this.tokens, i);
    const state = capital && countryWithCapital(capital.value);
    if (capital && state)
      return {
        end: capital.end,
        resolved: this.context.state(state.name, this.tokens[i]!.text),
        place: capital.value,
        nominative: CAPITALS.caseAt(this.tokens, i) === 'nom',
      };
    const place = PLACES.at(this.tokens, i);
    return place && { end: place.end, resolved: { ids: [], confidence: 1 }, place: place.value };
  }

  /** "он", "она": the last person who spoke, was the subject or was named whose name does not show the other gender. */
  private pronounAt(i: number): Read | undefined {
    const t = this.tokens[i]!;
    const pronoun = PERSON_PRONOUNS.get(t.lower) ?? this.ownerOfWords(i);
    if (!pronoun || t.inQuote) return undefined;
    const other = pronoun.gender === 'm' ? FEMININE_SURNAME : MASCULINE_SURNAME;
    const fits = (e: ArticleEntity) =>
      e.kind === 'actor' && !other.test(e.name.split(' ').pop() ?? '');
    const { discourse } = this.context;
    const speaker = discourse.lastSpeaker(fits);
    const last = discourse.lastMentioned(fits);
    // The speaker, unless someone else has come up since they spoke and they have not; else the
    // subject the sentence before was about, else whoever was named last.
    const id =
      speaker !== undefined && !(last && discourse.tookOverFrom(speaker, last))
        ? speaker
        : (discourse.lastSubject(fits) ?? last);
    if (!id) return undefined;
    this.context.discourse.noteMention(id);
    const resolved = { ids: [id], confidence: PRONOUN_CONFIDENCE };
    return { end: i + 1, resolved, nominative: pronoun.grammaticalCase === 'nom' };
  }

  /** "По его словам", "по ее словам": the possessive names whose words they are. */
  private ownerOfWords(i: number): { grammaticalCase: string; gender: 'm' | 'f' } | undefined {
    const gender = OWNER_PRONOUNS[this.tokens[i]!.lower];
    const framed = this.tokens[i - 1]?.lower === 'по' && this.tokens[i + 1]?.lower === 'словам';
    return gender && framed ? { grammaticalCase: 'gen', gender } : undefined;
  }

  /** A name without a title: known to the article or the graph, or vouched for by its form. */
  private personAt(i: number): Read | undefined {
    const run = nameRunAt(this.tokens, i);
    if (!run) return undefined;
    const t = this.tokens[i]!;
    const next = this.tokens[run.end];
    const opensLine = i === 0 || (i === 1 && /^[–—-]$/.test(this.tokens[0]!.text));
    const transcript = opensLine && (next?.text === ':' || (i === 1 && next === undefined));
    const given = run.words.length >= 2 && !t.inQuote;
    // "Лавров напомнил": a lone name right before a speech verb.
    const speaking = !t.inQuote && next !== undefined && speechVerb(next.lower) !== undefined;
    const person = resolvePerson(this.context, run, {
      allowNew: transcript || speaking || (given && this.looksLikeFullName(run.words)),
    });
    if (!person) return undefined;
    return { end: run.end, resolved: person.resolved, nominative: person.tag === 'nom' };
  }

  /** A given name from the lexicon first, or a Korean or Chinese name's syllables. */
  private looksLikeFullName(words: string[]): boolean {
    const first = words[0]!;
    return (
      readings(first).some((r) => givenNameGender(r.stem) !== undefined) ||
      (words.length >= 2 &&
        words.every((w) => /^[бвгджзйклмнпрстфхцчшщ]{0,3}[аеиоуыэюя]{1,2}[нгльмкпй]?$/.test(w)))
    );
  }

  private stemAt(i: number): string {
    const t = this.tokens[i];
    return t ? (readings(t.lower).find((r) => r.tag !== 'nom')?.stem ?? t.lower) : '';
  }

  private add(i: number, read: Read): void {
    const before = this.tokens[i - 1]?.lower;
    const preposition = before && PREPOSITIONS.has(before) ? before : undefined;
    const marker = preposition ?? (read.nominative ? 'nom' : 'obl');
    const [id] = read.resolved.ids;
    if (marker === 'nom' && id && read.resolved.ids.length === 1 && !this.tokens[i]!.inQuote)
      this.context.discourse.noteSubject(id);
    this.mentions.push({
      span: { start: this.tokens[i]!.start, end: this.tokens[read.end - 1]!.end },
      ids: read.resolved.ids,
      confidence: read.resolved.confidence,
      marker,
      ...(read.place ? { place: read.place } : {}),
      ...(read.channel ? { channel: true } : {}),
    });
  }
}

export function findRussianMentions(
  sentence: Sentence,
  context: ArticleContext,
  homeCountry: string,
): Mention[] {
  return new RussianMentionReader(sentence, context, homeCountry).read();
}
