import type { ArticleContext } from '../../article-context';
import type { Resolved } from '../../entities/article-entities';
import { bodySpec, type BodyType } from '../../entities/gazetteer';
import type { Mention, Sentence, Title } from '../../types';
import { familyNameOf } from './family-names';
import { AGENCY_WORDS, HOME_MINISTRY_WORD, ORGANIZATION_WORDS } from './institutions';
import { bodyOf, mayBeNameWord, stateOf, type BodyRead } from './lookups';
import { conventionOf, resolveKoreanPerson } from './names';
import { roleIn, roleInBody, type RoleMatch } from './roles';
import { hostState, STATE_NAMES_KO, statePrefix } from './states';
import {
  bareParticle,
  readingsOf,
  tokenizeKorean,
  type KoToken,
  type Marker,
  type Reading,
} from './tokens';

const PRONOUN_CONFIDENCE = 0.8;
const MAX_TITLE_TOKENS = 8;
const MAX_PARENTHESIS_TOKENS = 4;
const MAX_JOINED_OFFICE_TOKENS = 3;
/**
 * Connective and adnominal verb forms and postpositions that stand before a name and are no part
 * of it ("방문한 라브로프 외무장관": Lavrov, who visited).
 */
const NOT_GIVEN_NAME =
  /(?:해|고|며|서|게|께|면|니|만나|따라|통해|이후|이전|[가-힣]한|[가-힣]된|[가-힣]던)$/;
const PERSON_PRONOUNS = new Set(['그', '그녀']);
const SIDE = '측';
/** Words between a name and its title that qualify the title ("이재명 야당 대표", "수석 대변인"). */
const TITLE_MODIFIERS = new Set(['야당', '여당', '수석', '특별', '신임', '주무', '담당']);
/** "김준형 조국혁신당 의원", "더불어민주당 대표": the lawmaker's party qualifies the title. */
const POLITICAL_PARTY = /^[가-힣]{2,}당$/;
/** Verb forms that may stand right before a title and are no name ("발언에 대한 러시아 외교부 대변인", "회담을 하고 영국 외교부 장관과"). */
const VERB_BEFORE_TITLE =
  /(?:대한|관한|위한|의한|통한|따른|하고|하며|하면서|했고|했으며|하여|해서)$/;
/** Counted titles are no one person ("두 장관은", "양국 정상은"). */
const COUNTED = new Set(['두', '세', '양국', '양측', '각국', '3국', '양']);
const WE = '우리';

/** What a mention is followed by, when that changes its part: "X에 대해" (about X), "X를 향해" (at X), "X와 함께" (with X). */
export type KoMarker = Marker | 'about' | 'companion' | 'source';

interface Read {
  end: number;
  resolved: Resolved;
  marker?: KoMarker;
  place?: string;
  channel?: boolean;
}

interface TitleParts {
  role: RoleMatch;
  roleEnd: number;
  marker?: Marker;
  country?: string;
  host?: string;
  body?: { type: BodyType; read: BodyRead; at: number };
}

/** Reads a Korean sentence's mentions: names with their titles after them, bodies, states, pronouns, names met before. */
class KoreanMentionReader {
  private readonly tokens: KoToken[];
  private readonly mentions: Mention[] = [];

  constructor(
    sentence: Sentence,
    private readonly context: ArticleContext,
    private readonly homeCountry: string,
  ) {
    this.tokens = tokenizeKorean(sentence).tokens;
  }

  read(): Mention[] {
    let i = 0;
    while (i < this.tokens.length) {
      const read = this.tokens[i]!.isWord ? this.readAt(i) : undefined;
      if (read) this.add(i, read);
      i = read ? read.end : i + 1;
    }
    return this.mentions;
  }

  private readAt(i: number): Read | undefined {
    return (
      this.titledAt(i) ??
      this.institutionAt(i) ??
      this.stateAt(i) ??
      this.pronounAt(i) ??
      this.roleHolderAt(i) ??
      this.knownPersonAt(i)
    );
  }

  private word(k: number): string {
    return this.tokens[k]?.text ?? '';
  }

  /** name [(漢字)] [state, host, body, "X 담당" …] role: "루덴코 러시아 외무부 아시아·태평양 담당 차관과". */
  private titledAt(i: number): Read | undefined {
    for (const count of [2, 1]) {
      const names = this.tokens.slice(i, i + count).map((t) => t.text);
      if (names.length < count || !names.every(mayBeNameWord)) continue;
      if (names.some((n) => VERB_BEFORE_TITLE.test(n))) continue;
      let j = i + count;
      if (this.word(j) === '(') {
        const close = this.tokens.findIndex((t, k) => k > j && t.text === ')');
        if (close > j && close - j <= MAX_PARENTHESIS_TOKENS) j = close + 1;
      }
      const title = this.titleFrom(j);
      if (!title || title.role.unnamed) continue;
      if (count === 2 && this.knownWord(names[1]!) && !this.knownWord(names[0]!)) continue;
      if (count === 2 && (startsWithState(names[1]!) || POLITICAL_PARTY.test(names[1]!))) continue;
      // "방문해 장호진 국가안보실장": a Korean name is one word; the word before is none of it.
      const second = names[1];
      if (
        second &&
        ((familyNameOf(second) && second.length <= 4) ||
          NOT_GIVEN_NAME.test(names[0]!) ||
          appositiveRole(names[0]!) ||
          names.some((n) => n.length === 1))
      )
        return undefined;
      const resolved = this.titledPerson(names, title);
      return (
        resolved && {
          end: title.roleEnd,
          resolved,
          ...(title.marker ? { marker: title.marker } : {}),
        }
      );
    }
    return undefined;
  }

  /** The title words from token `j` to its role; the role's word may carry the particle. */
  private titleFrom(j: number): TitleParts | undefined {
    const parts: Partial<TitleParts> = {};
    for (let n = 0; n < MAX_TITLE_TOKENS && j < this.tokens.length; n++) {
      const text = this.word(j);
      const reading = this.roleReading(text);
      if (reading) {
        const { role, marker } = reading;
        const prefix = role.prefix;
        const fused =
          prefix && !/^\d+$/.test(prefix)
            ? (statePrefix(prefix) ??
              (STATE_NAMES_KO.has(prefix)
                ? { state: STATE_NAMES_KO.get(prefix)!, host: false }
                : hostState(prefix)
                  ? { state: hostState(prefix)!, host: true }
                  : undefined))
            : undefined;
        if (fused?.host) parts.host = fused.state;
        else if (fused) parts.country = fused.state;
        // "주한러시아대사": the posting, then whose envoy.
        const sender = fused && 'rest' in fused ? STATE_NAMES_KO.get(fused.rest) : undefined;
        if (sender) parts.country = sender;
        const more = this.word(j + 1) === '겸' || (!marker && this.roleReading(this.word(j + 1)));
        if (!marker && !more) {
          const glossed = this.glossAfter(j + 1);
          if (glossed) return { ...parts, role, ...glossed } as TitleParts;
        }
        if (!more || marker)
          return { ...parts, role, roleEnd: j + 1, ...(marker ? { marker } : {}) } as TitleParts;
        j += this.word(j + 1) === '겸' ? 2 : 1;
        continue;
      }
      const state = stateOf(text);
      const host = hostState(text);
      const body = bodyOf(text);
      const organization = ORGANIZATION_WORDS.get(text);
      if (state) parts.country ??= state.state;
      else if (host) parts.host = host;
      else if (body) {
        parts.body = { type: body.body.type, read: body, at: j };
        if (body.state) parts.country ??= body.state;
        if (body.host) parts.host = body.host;
      } else if (organization) parts.country ??= organization.country;
      else if (this.word(j + 1) === '담당') j++;
      else if (this.jointTitleAt(j) !== undefined) {
        if (startsWithState(text)) parts.country ??= statePrefix(text)!.state;
        j = this.jointTitleAt(j)!;
      } else if (!TITLE_MODIFIERS.has(text) && !POLITICAL_PARTY.test(text)) return undefined;
      j++;
    }
    return undefined;
  }

  /** "중앙정치국 위원 겸 외교부장": a first office joined by 겸 to the title; its 겸, if near. */
  private jointTitleAt(j: number): number | undefined {
    for (let k = j + 1; k <= j + MAX_JOINED_OFFICE_TOKENS; k++) if (this.word(k) === '겸') return k;
    return undefined;
  }

  /** "상무부부장(차관)과": a gloss in parentheses after the title, then its particle alone. */
  private glossAfter(open: number): { roleEnd: number; marker?: Marker } | undefined {
    if (this.word(open) !== '(') return undefined;
    const close = this.tokens.findIndex((t, k) => k > open && t.text === ')');
    if (close < 0 || close - open > MAX_PARENTHESIS_TOKENS) return undefined;
    const marker = bareParticle(this.word(close + 1));
    return marker ? { roleEnd: close + 2, marker } : { roleEnd: close + 1 };
  }

  private roleReading(text: string): { role: RoleMatch; marker?: Marker } | undefined {
    for (const reading of readingsOf(text)) {
      const role = roleIn(reading.stem);
      if (!role) continue;
      return { role, ...(reading.marker ? { marker: reading.marker } : {}) };
    }
    return undefined;
  }

  private titledPerson(names: string[], t: TitleParts): Resolved | undefined {
    const fusedMinistry = t.role.ministry;
    const fusedSpec = fusedMinistry && bodySpec(t.country ?? this.homeCountry, fusedMinistry);
    const institution = t.body
      ? this.body(t.body.type, t.body.read, t.country, t.body.at)
      : fusedSpec && this.context.institution(fusedSpec, fusedSpec.name);
    const bodyCountry = institution?.ids[0]
      ? this.context.entities.get(institution.ids[0])?.country
      : undefined;
    const country = t.country ?? bodyCountry ?? (t.host ? this.homeCountry : undefined);
    const ordinal = /^\d+$/.test(t.role.prefix) ? t.role.prefix : '';
    const role = roleInBody(t.role, t.body?.type ?? fusedMinistry, ordinal);
    const title: Title = {
      role: t.host ? `${role} to ${t.host}` : role,
      ...(country ? { country } : {}),
      ...(institution?.ids.length === 1 ? { institutionId: institution.ids[0]! } : {}),
    };
    const oneSyllable = names.length === 1 && names[0]!.length === 1;
    const resolved = resolveKoreanPerson(this.context, names, {
      title,
      convention: conventionFor(country, names),
      stateKnown: country !== undefined,
      allowNew: !oneSyllable,
    });
    if (resolved || !oneSyllable) return resolved;
    // "양 부장" for 왕 부장: a family name no one of the article has is the last holder of the title.
    const head = new RegExp((title.role.split(' ').pop() ?? title.role).replace(/\W/g, ''), 'i');
    return this.context.roleHolder(head, country) ?? this.context.roleHolder(head);
  }

  /** A body of a state; bare, the press's home ministry (outside quotes) or the one last named. */
  private body(
    type: BodyType,
    read: BodyRead,
    country: string | undefined,
    at?: number,
  ): Resolved | undefined {
    const state = country ?? read.state ?? read.body.home;
    if (state) {
      const spec = bodySpec(state, type);
      return this.context.institution(spec, spec.name);
    }
    const quoted = at !== undefined && this.tokens[at]!.inQuote;
    if (read.word === HOME_MINISTRY_WORD && !quoted) {
      const spec = bodySpec(this.homeCountry, type);
      return this.context.institution(spec, spec.name);
    }
    return this.context.body(type, read.word, quoted ? undefined : this.homeCountry);
  }

  /** [우리, state, host] body [당국자]: "러시아 외무부가", "주중 한국대사관은", "외교부 당국자는"; organisations; agencies. */
  private institutionAt(i: number): Read | undefined {
    let j = i;
    const first = this.word(i);
    const ours = first === WE;
    const state = ours ? undefined : stateOf(first);
    const host = hostState(first);
    if (ours || state || host) j++;
    const reading = this.readingWith(j, (stem) => bodyOf(stem) !== undefined);
    if (reading) {
      const read = bodyOf(reading.stem)!;
      const country = ours ? this.homeCountry : state?.state;
      const resolved = this.body(read.body.type, read, country, j);
      if (!resolved) return undefined;
      // "외교부 당국자는": an official the text does not name speaks for the body.
      const official = !reading.marker ? this.roleReading(this.word(j + 1)) : undefined;
      if (official?.role.unnamed)
        return { end: j + 2, resolved, ...(official.marker ? { marker: official.marker } : {}) };
      return { end: j + 1, resolved, ...(reading.marker ? { marker: reading.marker } : {}) };
    }
    if (j !== i) return undefined;
    const org = this.readingWith(i, (stem) => ORGANIZATION_WORDS.has(stem));
    if (org) {
      const o = ORGANIZATION_WORDS.get(org.stem)!;
      const resolved = this.context.institution(
        {
          name: o.name,
          kind: o.country ? 'other' : 'international-body',
          ...(o.country ? { country: o.country } : {}),
        },
        org.stem,
      );
      return { end: i + 1, resolved, ...(org.marker ? { marker: org.marker } : {}) };
    }
    const agency = this.readingWith(i, (stem) => AGENCY_WORDS.has(stem));
    if (agency) {
      const resolved = this.context.institution(
        { name: AGENCY_WORDS.get(agency.stem)!, kind: 'news-agency' },
        agency.stem,
      );
      return {
        end: i + 1,
        resolved,
        channel: true,
        ...(agency.marker ? { marker: agency.marker } : {}),
      };
    }
    return undefined;
  }

  /** A state by its name or capital, "한국 측", "우리 측"; a city as a bare place. */
  private stateAt(i: number): Read | undefined {
    const side = this.readingWith(i + 1, (stem) => stem === SIDE);
    if (this.word(i) === WE && side) {
      const resolved = this.context.state(this.homeCountry, WE);
      return { end: i + 2, resolved, ...(side.marker ? { marker: side.marker } : {}) };
    }
    const reading = this.readingWith(i, (stem) => stateOf(stem) !== undefined);
    if (!reading) return undefined;
    const { state, place } = stateOf(reading.stem)!;
    const resolved = this.context.state(state, reading.stem);
    const marker = side && !reading.marker ? side.marker : reading.marker;
    return {
      end: side && !reading.marker ? i + 2 : i + 1,
      resolved,
      ...(marker ? { marker } : {}),
      ...(place ? { place } : {}),
    };
  }

  private pronounAt(i: number): Read | undefined {
    const reading = this.readingWith(i, (stem) => PERSON_PRONOUNS.has(stem));
    if (!reading?.marker || this.tokens[i]!.inQuote) return undefined;
    const resolved = this.context.pronoun('person');
    return (
      resolved && {
        end: i + 1,
        resolved: { ...resolved, confidence: PRONOUN_CONFIDENCE },
        marker: reading.marker,
      }
    );
  }

  /** "대변인은": the person last named with that title. */
  private roleHolderAt(i: number): Read | undefined {
    const reading = this.roleReading(this.word(i));
    if (!reading || reading.role.unnamed || reading.role.prefix || !reading.marker)
      return undefined;
    if (COUNTED.has(this.word(i - 1))) return undefined;
    const head = reading.role.role.split(' ').pop() ?? reading.role.role;
    const resolved = this.context.roleHolder(new RegExp(head, 'i'));
    return resolved && { end: i + 1, resolved, marker: reading.marker };
  }

  /** A name without a title: someone the article or the graph knows ("김여정은", "자하로바는"). */
  private knownPersonAt(i: number): Read | undefined {
    for (const reading of readingsOf(this.word(i))) {
      if (!mayBeNameWord(reading.stem) || reading.stem.length < 2) continue;
      if (!reading.marker && !this.context.entities.all().some((e) => e.aliases.has(reading.stem)))
        continue;
      const resolved = resolveKoreanPerson(this.context, [reading.stem], { allowNew: false });
      if (resolved)
        return { end: i + 1, resolved, ...(reading.marker ? { marker: reading.marker } : {}) };
    }
    return undefined;
  }

  /** A word of a name the article already used ("지노비예프" after "게오르기 지노비예프"). */
  private knownWord(word: string): boolean {
    return this.context.entities
      .all()
      .some((e) => e.kind === 'actor' && [...e.aliases].some((a) => a.split(' ').includes(word)));
  }

  private readingWith(k: number, test: (stem: string) => boolean): Reading | undefined {
    const token = this.tokens[k];
    return token?.isWord ? readingsOf(token.text).find((r) => test(r.stem)) : undefined;
  }

  private add(i: number, read: Read): void {
    const next = this.word(read.end);
    let marker: KoMarker | undefined = read.marker;
    if (marker === 'to' && /^(?:대해|대한|관해|관한|관련)/.test(next)) marker = 'about';
    else if (marker === 'to' && next.startsWith('따르면')) marker = 'source';
    else if (marker === 'object' && next.startsWith('향해')) marker = 'toward';
    else if (marker === 'with' && next.startsWith('함께')) marker = 'companion';
    this.mentions.push({
      span: { start: this.tokens[i]!.start, end: this.tokens[read.end - 1]!.end },
      ids: read.resolved.ids,
      confidence: read.resolved.confidence,
      ...(marker ? { marker } : {}),
      ...(read.place ? { place: read.place } : {}),
      ...(read.channel ? { channel: true } : {}),
    });
  }
}

/** "수석 대표인 마자오쉬 …": a role with the copula's 인 before a name describes it. */
function appositiveRole(word: string): boolean {
  return word.endsWith('인') && roleIn(word.slice(0, -1)) !== undefined;
}

/** "왕이 중국공산당 …": a word opening with a state's name ("중국공산당", "러시아외무부") is no given name. */
function startsWithState(word: string): boolean {
  const prefix = statePrefix(word);
  return !!prefix && !prefix.host && prefix.rest.length >= 2;
}

/** One word under no Korean family name is no Korean's name: a foreign surname ("루덴코 차관"). */
function conventionFor(country: string | undefined, names: string[]) {
  const convention = conventionOf(country, names);
  return convention === 'south' && names.length === 1 && !familyNameOf(names[0]!)
    ? 'foreign'
    : convention;
}

export function findKoreanMentions(
  sentence: Sentence,
  context: ArticleContext,
  homeCountry: string,
): Mention[] {
  return new KoreanMentionReader(sentence, context, homeCountry).read();
}
