import type { ArticleContext } from '../../article-context';
import type { Resolved } from '../../entities/article-entities';
import {
  bodySpec,
  countryNamed,
  countryWithCapital,
  type BodyType,
} from '../../entities/gazetteer';
import { bracketedLatinAt, latinNameOf } from './foreign-names';
import { teluguToLatin } from './to-latin';
import { hyphenPair } from './pairs';
import type { Mention, Sentence, Title } from '../../types';
import { ALIAS_WORDS, DETACHED_SUFFIXES, PERSON_PRONOUNS } from './lexicon';
import {
  AGENCIES,
  ARMIES,
  BODIES,
  CAPITALS,
  COUNTRIES,
  countryAt,
  HOME_ROLES,
  isNameWordAt,
  nameAt,
  NEWS_AGENCY_WORDS,
  ORGANIZATIONS_BY_NAME,
  ORGANIZATIONS_TE,
  PLACES,
  ROLES,
  SIDE_WORD,
  wordsAt,
} from './lookups';
import { BARE_MINISTRY, ORGANIZATION_PLACES } from './names-lexicon';
import { caseForms, tokenizeTelugu, type PhraseMatch, type TeToken } from './tokens';

/** Words for a newspaper or a medium ("మీడియా సంస్థ", "పత్రిక"), and how many name words follow. */
const OUTLET_WORDS = new Set(['మీడియా', 'పత్రిక', 'దినపత్రిక']);
const OUTLET_NAME_WORDS = 3;
/** Words for the head of a body ("అధిపతి", "చీఫ్"), whose holder is the body's minister. */
const HEAD_WORDS = new Set(['అధిపతి', 'చీఫ్', 'సారథి']);
const MINISTER = /Minister/i;

interface Read {
  end: number;
  resolved: Resolved;
  marker?: string;
  place?: string;
  channel?: boolean;
}

/** Reads one Telugu sentence's mentions: titled names, names met before, states, bodies, pronouns. */
class TeluguMentionReader {
  private readonly tokens: TeToken[];
  private readonly mentions: Mention[] = [];

  constructor(
    sentence: Sentence,
    private readonly context: ArticleContext,
    private readonly homeCountry: string | undefined,
  ) {
    this.tokens = tokenizeTelugu(sentence);
  }

  read(): Mention[] {
    let i = 0;
    while (i < this.tokens.length) {
      const read = this.tokens[i]!.isWord ? this.withDetachedSuffix(this.readAt(i)) : undefined;
      if (read) this.add(i, read);
      else if (this.tokens[i]!.text.includes('-')) this.addPair(this.tokens[i]!);
      i = read ? read.end : i + 1;
    }
    return this.mentions;
  }

  /** "బంగ్లాదేశ్ లో": a case ending written as a word of its own still marks the mention. */
  private withDetachedSuffix(read: Read | undefined): Read | undefined {
    const marker = read && !read.marker && DETACHED_SUFFIXES.get(this.tokens[read.end]?.norm ?? '');
    return marker ? { ...read, end: read.end + 1, marker } : read;
  }

  private readAt(i: number): Read | undefined {
    return (
      this.titledPerson(i) ??
      this.institutionAt(i) ??
      this.stateOrPlaceAt(i) ??
      this.pronounAt(i) ??
      this.knownPersonAt(i)
    );
  }

  /** [country-లోని] [country] [body | మంత్రిత్వ శాఖ] role name: "రష్యా ఉప విదేశాంగ మంత్రి ఆండ్రీ రుడెంకోతో". */
  private titledPerson(i: number): Read | undefined {
    let j = i;
    const hostCountry = countryAt(this.tokens, j);
    const host = hostCountry?.marker === 'in-adjective' ? hostCountry : undefined;
    if (host) j = host.end;
    const country = countryAt(this.tokens, j);
    if (country && !country.marker) j = country.end;
    const body = BODIES.at(this.tokens, j);
    const bareMinistry = !body && wordsAt(this.tokens, j, BARE_MINISTRY.split(' '));
    if (body && !body.marker) j = body.end;
    else if (bareMinistry) j += 2;
    const role = ROLES.at(this.tokens, j);
    if (!role || role.marker) return undefined;
    const name = nameAt(this.tokens, role.end);
    if (!name) return this.roleHolderAt(country, role);

    const countryName = country && !country.marker ? country.value : undefined;
    if (countryName) this.context.state(countryName, country!.surface);
    const institution = this.titleInstitution(body, bareMinistry, countryName);
    const titleCountry =
      countryName ?? (!institution && HOME_ROLES.test(role.value) ? this.homeCountry : undefined);
    const title: Title = {
      role: host ? `${role.value} to ${host.value}` : role.value,
      ...(titleCountry ? { country: titleCountry } : {}),
      ...(institution ? { institutionId: institution } : {}),
    };
    const bracketed = bracketedLatinAt(this.tokens, name.end);
    const resolved = this.context.person(
      { surface: name.surface, latin: latinNameOf(name.surface, titleCountry, bracketed?.words) },
      { title, allowNew: true },
    );
    if (!resolved) return undefined;
    const alias = this.aliasAfter(bracketed?.end ?? name.end, resolved);
    const end = alias?.end ?? bracketed?.end ?? name.end;
    const marker = alias ? alias.marker : name.marker;
    return { end, resolved, ...(marker ? { marker } : {}) };
  }

  /** "… దహాల్ అలియాస్ ప్రచండ": the other name of the person just read, and where it ends. */
  private aliasAfter(k: number, person: Resolved) {
    const [id] = person.ids;
    if (!id || person.ids.length > 1 || !ALIAS_WORDS.has(this.tokens[k]?.norm ?? '')) return;
    const other = nameAt(this.tokens, k + 1);
    if (!other) return undefined;
    this.context.entities.alsoKnownAs(id, {
      surface: other.surface,
      latin: latinNameOf(other.surface),
    });
    return other;
  }

  /** "శ్రీలంక అధ్యక్షుడు" without a name: the person of the article who holds that role there. */
  private roleHolderAt(
    country: PhraseMatch<string> | undefined,
    role: PhraseMatch<string>,
  ): Read | undefined {
    if (!country || country.marker) return undefined;
    const resolved = this.context.roleHolder(roleWords(role.value), country.value);
    return resolved && { end: role.end, resolved };
  }

  private titleInstitution(
    body: PhraseMatch<BodyType> | undefined,
    bareMinistry: boolean,
    country: string | undefined,
  ): string | undefined {
    const resolved = body
      ? country
        ? this.context.institution(
            bodySpec(country, body.value),
            bodySpec(country, body.value).name,
          )
        : this.context.body(body.value, BARE_MINISTRY)
      : bareMinistry
        ? this.context.anyMinistry()
        : undefined;
    return resolved?.ids.length === 1 ? resolved.ids[0] : undefined;
  }

  /** "రష్యా విదేశాంగ మంత్రిత్వ శాఖ అధిపతి": the head of a ministry is its minister, named before. */
  private headOf(body: PhraseMatch<BodyType>, country: string): Read | undefined {
    const word = this.tokens[body.end];
    if (!word || !caseForms(word.norm).some((f) => HEAD_WORDS.has(f.stem))) return undefined;
    const resolved = this.context.roleHolder(MINISTER, country);
    const marker = caseForms(word.norm).find((f) => HEAD_WORDS.has(f.stem))?.marker;
    return resolved && { end: body.end + 1, resolved, ...(marker ? { marker } : {}) };
  }

  /** "అమెరికన్ మీడియా సంస్థ వాషింగ్టన్ పోస్ట్": a medium that carries words, not a party (nor Washington). */
  private outletEndAt(k: number): number | undefined {
    if (!OUTLET_WORDS.has(this.tokens[k]?.norm ?? '')) return undefined;
    let j = k + 1;
    if (this.tokens[j]?.norm === NEWS_AGENCY_WORDS[1]) j++;
    const nameEnd = Math.min(this.tokens.length, j + OUTLET_NAME_WORDS);
    while (
      j < nameEnd &&
      (isNameWordAt(this.tokens, j) || CAPITALS.at(this.tokens, j) || PLACES.at(this.tokens, j))
    )
      j++;
    return j;
  }

  /** Bodies, organisations and news agencies. */
  private institutionAt(i: number): Read | undefined {
    const country = countryAt(this.tokens, i);
    const afterCountry = country && !country.marker ? country.end : i;
    const outletEnd = this.outletEndAt(afterCountry);
    if (outletEnd !== undefined)
      return { end: outletEnd, resolved: { ids: [], confidence: 0 }, channel: true };
    const body = BODIES.at(this.tokens, afterCountry);
    const head =
      body && !body.marker && afterCountry > i ? this.headOf(body, country!.value) : undefined;
    if (head) return head;
    if (body) {
      const resolved =
        afterCountry > i
          ? this.context.institution(
              bodySpec(country!.value, body.value),
              `${country!.surface} ${body.surface}`,
            )
          : this.context.body(body.value, body.surface, this.homeCountry);
      return (
        resolved && { end: body.end, resolved, ...(body.marker ? { marker: body.marker } : {}) }
      );
    }
    const army = afterCountry > i ? ARMIES.at(this.tokens, afterCountry) : undefined;
    if (army) {
      const adjective = countryNamed(country!.value)?.adjective ?? country!.value;
      const resolved = this.context.institution(
        { name: `${adjective} ${army.value}`, kind: 'agency', country: country!.value },
        `${country!.surface} ${army.surface}`,
      );
      return { end: army.end, resolved, ...(army.marker ? { marker: army.marker } : {}) };
    }
    if (wordsAt(this.tokens, i, BARE_MINISTRY.split(' '))) {
      const resolved = this.context.anyMinistry();
      return resolved && { end: i + 2, resolved };
    }
    const org = ORGANIZATIONS_TE.at(this.tokens, i);
    if (org) {
      const spec = ORGANIZATIONS_BY_NAME.get(org.value);
      const kind = spec?.kind ?? 'international-body';
      const resolved = this.context.institution(
        { name: org.value, kind, ...(spec?.country ? { country: spec.country } : {}) },
        org.surface,
      );
      const place = ORGANIZATION_PLACES[org.value];
      return {
        end: org.end,
        resolved,
        ...(org.marker ? { marker: org.marker } : {}),
        ...(place ? { place } : {}),
      };
    }
    const agency = AGENCIES.at(this.tokens, i);
    if (agency) {
      const end = wordsAt(this.tokens, agency.end, NEWS_AGENCY_WORDS) ? agency.end + 2 : agency.end;
      const resolved = this.context.institution(
        { name: agency.value, kind: 'news-agency' },
        agency.surface,
      );
      return { end, resolved, channel: true };
    }
    if (wordsAt(this.tokens, i, NEWS_AGENCY_WORDS)) {
      const resolved = this.context.newsAgency() ?? { ids: [], confidence: 0 };
      return { end: i + 2, resolved, channel: true };
    }
    return undefined;
  }

  private stateOrPlaceAt(i: number): Read | undefined {
    const country = COUNTRIES.at(this.tokens, i);
    if (country) {
      const side = this.tokens[country.end]?.norm === SIDE_WORD && !country.marker;
      return {
        end: side ? country.end + 1 : country.end,
        resolved: this.context.state(country.value, country.surface),
        place: country.value,
        ...(country.marker ? { marker: country.marker } : {}),
      };
    }
    const capital = CAPITALS.at(this.tokens, i);
    const state = capital && countryWithCapital(capital.value);
    if (capital && state)
      return {
        end: capital.end,
        resolved: this.context.state(state.name, capital.surface),
        place: capital.value,
        ...(capital.marker ? { marker: capital.marker } : {}),
      };
    const place = PLACES.at(this.tokens, i);
    if (place)
      return {
        end: place.end,
        resolved: { ids: [], confidence: 1 },
        place: place.value,
        ...(place.marker ? { marker: place.marker } : {}),
      };
    return undefined;
  }

  private pronounAt(i: number): Read | undefined {
    if (!PERSON_PRONOUNS.has(this.tokens[i]!.norm) || this.tokens[i]!.inQuote) return undefined;
    const resolved = this.context.pronoun('person');
    return resolved && { end: i + 1, resolved };
  }

  /** A name met before in this article, or known to the graph, without a title ("లిమ్ జోడించారు"). */
  private knownPersonAt(i: number): Read | undefined {
    for (const words of [2, 1]) {
      const tokens = this.tokens.slice(i, i + words);
      if (tokens.length < words || !tokens.every((_, n) => isNameWordAt(this.tokens, i + n)))
        continue;
      for (const { stem, marker } of caseForms(tokens[words - 1]!.norm)) {
        const surface = [...tokens.slice(0, -1).map((t) => t.norm), stem].join(' ');
        const resolved = this.context.person(
          { surface, latin: teluguToLatin(surface) },
          { graphSurnames: false },
        );
        if (resolved) return { end: i + words, resolved, ...(marker ? { marker } : {}) };
      }
    }
    return undefined;
  }

  private addPair(token: TeToken): void {
    for (const part of hyphenPair(token, this.context) ?? [])
      this.mentions.push({
        span: part.span,
        ids: part.resolved.ids,
        confidence: part.resolved.confidence,
      });
  }

  private add(i: number, read: Read): void {
    // Only "యొక్క" marks an owner for sure; "పుతిన్ క్రెమ్లిన్‌లో" is a subject and a place.
    const possessive = !read.marker && this.tokens[read.end]?.norm === 'యొక్క';
    this.mentions.push({
      span: { start: this.tokens[i]!.start, end: this.tokens[read.end - 1]!.end },
      ids: read.resolved.ids,
      confidence: read.resolved.confidence,
      ...(read.place ? { place: read.place } : {}),
      ...(read.channel ? { channel: true } : {}),
      ...(read.marker ? { marker: read.marker } : {}),
      ...(possessive ? { possessive: true } : {}),
    });
  }
}

const roleWordsCache = new Map<string, RegExp>();
function roleWords(role: string): RegExp {
  let pattern = roleWordsCache.get(role);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
    roleWordsCache.set(role, pattern);
  }
  return pattern;
}

export function findTeluguMentions(
  sentence: Sentence,
  context: ArticleContext,
  homeCountry?: string,
): Mention[] {
  return new TeluguMentionReader(sentence, context, homeCountry).read();
}
