import type { ArticleContext } from '../../article-context';
import type { Resolved } from '../../entities/article-entities';
import { bodySpec, type BodyType } from '../../entities/gazetteer';
import type { Mention, Sentence, Title } from '../../types';
import { isRoleHead, PERSON_MEETING_VERBS, singular, SPEECH_VERBS } from './lexicon';
import { titleAfter, titleBefore, type TitleSpan } from './titles';
import { tokenize, type Token } from './tokens';
import { toUnits, type Unit } from './units';

/** An unknown single capitalised word is a person when it speaks or meets next ("Vučić met"). */
const SPEECH_VERB_NEXT = new RegExp(
  `^\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${[...SPEECH_VERBS.flatMap((v) => v.forms), ...PERSON_MEETING_VERBS].join('|')})\\b`,
);
/** …or when an honorific stands before it ("Mr Sogavare"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

const OFFICE_OF_ROLE: [RegExp, BodyType][] = [
  [/prime minister|premier/i, 'prime-ministers-office'],
  [/president/i, 'presidential-office'],
];

/** Reads one English sentence's mentions, resolving each through the article context in text order. */
class MentionReader {
  private readonly tokens: Token[];
  private readonly units: Unit[];
  private readonly titles = new Map<number, TitleSpan>();
  private readonly absorbed = new Set<number>();
  private readonly mentions: Mention[] = [];
  /** The last titled person's role and country in this sentence, for "his counterpart" and bare bodies. */
  private lastTitle: Title | undefined;
  /** Tokens before this one belong to a mention already read (its initials in brackets). */
  private readUpTo = 0;

  constructor(
    private readonly sentence: Sentence,
    private readonly context: ArticleContext,
  ) {
    this.tokens = tokenize(sentence);
    this.units = toUnits(this.tokens, context.known);
    this.units.forEach((unit, k) => {
      if (unit.type !== 'name') return;
      const title =
        titleBefore(this.tokens, this.units, k) ??
        titleAfter(this.tokens, this.units, k) ??
        this.sharedTitle(k);
      if (!title) return;
      this.titles.set(k, title);
      for (const i of title.units) this.absorbed.add(i);
    });
  }

  /**
   * "Presidents of Kyrgyzstan Sadyr Japarov and Tajikistan Emomali Rahmon", "Presidents Shavkat
   * Mirziyoyev and Gurbanguly Berdimuhamedov": a plural title goes on to the next name of the list.
   */
  private sharedTitle(k: number): TitleSpan | undefined {
    const units = this.units;
    const state = units[k - 1];
    const ownCountry =
      state?.type === 'phrase' && state.entry.type === 'country' ? k - 1 : undefined;
    const and = ownCountry === undefined ? k - 1 : k - 2;
    const joint = units[and];
    if (joint?.type !== 'token' || this.tokens[joint.from]!.lower !== 'and') return undefined;
    const first = this.titles.get(and - 1);
    const plural = first?.roleUnits.some((i) => {
      const word = this.tokens[units[i]!.from]!.lower;
      return units[i]!.type === 'token' && isRoleHead(word) && singular(word) !== word;
    });
    if (!first || !plural) return undefined;
    return {
      units: ownCountry === undefined ? [] : [ownCountry],
      roleUnits: first.roleUnits,
      ...(ownCountry === undefined ? {} : { countryUnit: ownCountry }),
      countryFromContext: false,
      counterpart: false,
    };
  }

  read(): Mention[] {
    this.units.forEach((unit, k) => {
      if (!this.absorbed.has(k) && unit.from >= this.readUpTo) this.readUnit(unit, k);
    });
    return this.mentions;
  }

  private readUnit(unit: Unit, k: number): void {
    const surface = this.textOf(unit.from, unit.to);
    switch (unit.type) {
      case 'name':
        return this.readPerson(unit, k);
      case 'institution':
        return this.add(unit, this.context.institution(bodySpec(unit.country, unit.body), surface));
      case 'reference': {
        const resolved = unit.resolve(this.context);
        if (resolved || unit.channel)
          this.add(unit, resolved ?? { ids: [], confidence: 0 }, { channel: !!unit.channel });
        return;
      }
      case 'phrase': {
        const entry = unit.entry;
        if (entry.type === 'country')
          this.add(unit, this.context.state(entry.country, surface), {
            place: entry.capital ?? entry.country,
          });
        else if (entry.type === 'org')
          this.add(unit, this.context.institution(entry.spec, surface), { channel: entry.channel });
        else if (entry.type === 'place')
          this.add(unit, { ids: [], confidence: 1 }, { place: entry.name });
        else if (entry.type === 'body') {
          const resolved = this.context.body(entry.body, surface, this.lastTitle?.country);
          if (resolved) this.add(unit, resolved);
        }
        return;
      }
      case 'token':
        return;
    }
  }

  private readPerson(unit: Unit, k: number): void {
    const span = this.titles.get(k);
    const title = span && this.resolveTitle(span);
    const surface = this.textOf(unit.from, unit.to);
    const single = unit.to - unit.from === 1;
    const honorific = HONORIFICS.has(this.tokens[unit.from - 1]?.lower ?? '');
    const allowNew =
      !single ||
      !!title ||
      honorific ||
      SPEECH_VERB_NEXT.test(
        this.sentence.text.slice(this.tokens[unit.to - 1]!.end - this.sentence.start),
      );
    const resolved = this.context.person(
      { surface, latin: surface },
      { ...(title ? { title } : {}), allowNew },
    );
    if (!resolved) return;
    if (title) this.lastTitle = title;
    const units = span ? [...span.units.map((i) => this.units[i]!), unit] : [unit];
    const from = Math.min(...units.map((u) => u.from)) - (honorific && !span ? 1 : 0);
    const to = Math.max(...units.map((u) => u.to));
    const office = this.officeOf(unit, title);
    if (office) this.add({ from, to: to + 1 }, office);
    else this.add({ from, to }, resolved, { possessiveAt: unit.to - 1 });
  }

  /** "President Ramaphosa's office": the presidency (or the prime minister's office) speaks, not the person. */
  private officeOf(unit: Unit, title: Title | undefined): Resolved | undefined {
    if (!this.tokens[unit.to - 1]!.possessive || this.tokens[unit.to]?.lower !== 'office') return;
    const body = OFFICE_OF_ROLE.find(([role]) => role.test(title?.role ?? ''))?.[1];
    return body && this.context.body(body, this.textOf(unit.from, unit.to + 1), title?.country);
  }

  /** Resolves the country and institution a title names, and words its role. */
  private resolveTitle(span: TitleSpan): Title {
    let country: string | undefined;
    let institutionId: string | undefined;
    if (span.countryUnit !== undefined) {
      const unit = this.units[span.countryUnit]!;
      if (
        unit.type === 'phrase' &&
        (unit.entry.type === 'country' || unit.entry.type === 'demonym')
      ) {
        country = unit.entry.country;
        this.context.state(country, this.textOf(unit.from, unit.to));
      }
    } else if (span.countryFromContext) country = this.context.lastCountry();
    const host = span.hostUnit === undefined ? undefined : this.units[span.hostUnit]!;
    if (host?.type === 'phrase' && host.entry.type === 'country')
      this.context.state(host.entry.country, this.textOf(host.from, host.to));
    if (span.institutionUnit !== undefined) {
      const unit = this.units[span.institutionUnit]!;
      const surface = this.textOf(unit.from, unit.to);
      const resolved =
        unit.type === 'institution'
          ? this.context.institution(bodySpec(unit.country, unit.body), surface)
          : unit.type === 'phrase' && unit.entry.type === 'org'
            ? this.context.institution(unit.entry.spec, surface)
            : unit.type === 'phrase' && unit.entry.type === 'body'
              ? this.context.body(unit.entry.body, surface, country ?? this.lastTitle?.country)
              : undefined;
      institutionId = resolved?.ids.length === 1 ? resolved.ids[0] : undefined;
      if (institutionId) country ??= this.context.entities.get(institutionId)?.country;
    }
    const roleUnits = span.roleUnits.map((i) => this.units[i]!);
    const words = this.textOf(roleUnits[0]!.from, roleUnits[roleUnits.length - 1]!.to);
    const role =
      span.counterpart && this.lastTitle
        ? this.lastTitle.role
        : words.replace(/\S+/g, (word) => (isRoleHead(word.toLowerCase()) ? singular(word) : word));
    return { role, ...(country ? { country } : {}), ...(institutionId ? { institutionId } : {}) };
  }

  private add(
    range: { from: number; to: number },
    resolved: Resolved,
    extra: { place?: string; channel?: boolean; possessiveAt?: number } = {},
  ): void {
    const last = this.tokens[extra.possessiveAt ?? range.to - 1]!;
    const to = range.to + this.initialsAfter(range.to);
    this.readUpTo = Math.max(this.readUpTo, to);
    this.mentions.push({
      span: { start: this.tokens[range.from]!.start, end: this.tokens[to - 1]!.end },
      ids: resolved.ids,
      confidence: resolved.confidence,
      ...(extra.place ? { place: extra.place } : {}),
      ...(extra.channel ? { channel: true } : {}),
      ...(last.possessive ? { possessive: true } : {}),
    });
  }

  /** "the Department of Foreign Affairs (DFA)": the initials the article will use belong to the name. */
  private initialsAfter(to: number): number {
    const [open, initials, close] = this.tokens.slice(to, to + 3);
    return open?.text === '(' &&
      close?.text === ')' &&
      initials &&
      /^\p{Lu}{2,}$/u.test(initials.text)
      ? 3
      : 0;
  }

  private textOf(fromToken: number, toToken: number): string {
    const start = this.tokens[fromToken]!.start;
    const end = this.tokens[toToken - 1]!.end;
    return this.sentence.text.slice(start - this.sentence.start, end - this.sentence.start);
  }
}

export function findEnglishMentions(sentence: Sentence, context: ArticleContext): Mention[] {
  return new MentionReader(sentence, context).read();
}
