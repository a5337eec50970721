import type { Mention, Quote, Sentence } from '../../types';
import { windowStart } from '../../text/tail';
import { ADVERBIAL } from './lexicon';

const PARTY_BASE = 0xe000;
const PLACE_BASE = 0xe400;
const FILLER = '\uE7FF';

/** One mention that may be a speaker, addressee or participant, in a pattern. */
export const PARTY = `[\\uE000-\\uE3FF]${FILLER}*`;
/** A mention of a party or a place. */
export const ANY_MENTION = `[\\uE000-\\uE7FE]${FILLER}*`;
export const POSSESSIVE = `(?:['’]s)`;

const TRAILING_ADVERBIAL = new RegExp(`(?:^|\\s)${ADVERBIAL}$`, 'i');
/** ", in a speech in Berlin on Thursday": where and when, set off by commas, is not the subject. */
const TRAILING_SETTING =
  /,\s*(?:in|at|during|after|before|on|speaking|addressing|while|when|upon)\s[^,“”"]{0,120}$/i;
const SUBJECT_WINDOW = 400;
/** "The mission – which comprised A, B and C –": the members are who acts, not the group. */
const MEMBERS_APPOSITION = new RegExp(
  `[–—,]\\s*(?:which|who)?\\s*(?:comprised|comprises|comprising|included|includes|including|consisting of|made up of)\\s+([^–—“”"]{1,240}?)\\s*[–—,]$`,
  'i',
);
/**
 * "Mario Jorge, spokesperson of Angola's President Lourenço told …": an apposition that names the
 * one the subject works for; the subject is the person before it.
 */
const SERVING_APPOSITION = new RegExp(
  `(${PARTY}),\\s+(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,3}?(?:spokes(?:person|man|woman)|adviser|advisor|aide|envoy|representative|secretary|deputy|chief of staff|press secretary)\\s+(?:of|for|to)\\s+[^,“”"]{1,120}$`,
  'i',
);
const AND_JOINT = /,?\s+and\s+$/;
const COMMA_JOINT = /\s*,\s*$/;
/** The joints are tested on the last characters before a subject, not on all that precedes it. */
const JOINT_WINDOW = 40;

/**
 * A sentence whose mentions are replaced, character for character, by private-use marks: the
 * first character names the mention, the rest is filler. Patterns can then say "a party, then
 * 'said'" as a regex, and every match offset is still an offset into the sentence.
 */
export class MaskedSentence {
  readonly text: string;

  constructor(
    readonly sentence: Sentence,
    readonly mentions: Mention[],
  ) {
    let text = sentence.text;
    mentions.forEach((m, i) => {
      const start = m.span.start - sentence.start;
      const length = m.span.end - m.span.start;
      const isParty = m.ids.length > 0 || m.channel;
      const mark = String.fromCharCode((isParty ? PARTY_BASE : PLACE_BASE) + i);
      text = text.slice(0, start) + mark + FILLER.repeat(length - 1) + text.slice(start + length);
    });
    this.text = text;
  }

  /** The mention whose mark starts at `at` (a sentence offset), if any. */
  mentionAt(at: number): number | undefined {
    const code = this.text.charCodeAt(at);
    if (code >= PARTY_BASE && code < PLACE_BASE) return code - PARTY_BASE;
    if (code >= PLACE_BASE && code < PLACE_BASE + 0x3ff) return code - PLACE_BASE;
    return undefined;
  }

  /** Every mention whose mark lies in [from, to). */
  mentionsIn(from: number, to: number): number[] {
    const found: number[] = [];
    for (let i = from; i < to; i++) {
      const m = this.mentionAt(i);
      if (m !== undefined) found.push(m);
    }
    return found;
  }

  private isParty(mention: number): boolean {
    const mark = this.mentions[mention]!;
    return mark.ids.length > 0 || !!mark.channel;
  }

  /** Start of the mention that ends right before `at` (ignoring spaces), if it is a party. */
  private partyEndingAt(at: number): number | undefined {
    let i = at;
    while (i > 0 && this.text[i - 1] === FILLER) i--;
    if (i === 0) return undefined;
    const start = i - 1;
    const code = this.text.charCodeAt(start);
    return code >= PARTY_BASE && code < PLACE_BASE ? start : undefined;
  }

  /**
   * The subject of a verb at `at`: the party (or "A and B") right before it, past adverbials
   * ("also", "on Friday", "in a statement") and an apposition between commas.
   */
  subjectBefore(at: number): number[] {
    // Only the words just before the verb can hold its subject; a bounded window keeps the
    // patterns anchored at its end from growing with the sentence.
    const from = Math.max(0, at - SUBJECT_WINDOW);
    let prefix = this.text.slice(from, at).trimEnd();
    const members = MEMBERS_APPOSITION.exec(prefix);
    if (members) {
      const listAt = from + members.index + members[0].indexOf(members[1]!);
      const parties = this.mentionsIn(listAt, listAt + members[1]!.length).filter((i) =>
        this.isParty(i),
      );
      if (parties.length > 1) return parties;
    }
    for (let guard = 0; guard < 8; guard++) {
      if (this.partyEndingAt(from + prefix.length) !== undefined) break;
      const before = prefix;
      prefix = prefix
        .replace(TRAILING_ADVERBIAL, '')
        .replace(TRAILING_SETTING, '')
        .replace(/\s*,$/, '')
        .trimEnd();
      if (prefix === before) break;
    }
    const serving = SERVING_APPOSITION.exec(prefix);
    const head = serving ? this.mentionAt(from + serving.index) : undefined;
    if (head !== undefined && this.mentions[head]?.ids[0]?.startsWith('actor:')) return [head];
    let start = this.partyEndingAt(from + prefix.length);
    if (start === undefined) {
      const apposition = /,[^,“”"]{1,160}$/.exec(prefix);
      if (apposition) start = this.partyEndingAt(from + apposition.index);
    }
    // A subject stands outside the quotation: "…between Nigeria and China,’ the ministry said".
    if (start === undefined || this.insideQuote(start)) return [];
    const subjects = [this.mentionAt(start)!];
    // "A and B", "A, B and C": a list of subjects ends with "and"; a comma alone is not a list.
    for (let link = AND_JOINT, rest = start; ; link = COMMA_JOINT) {
      const jointFrom = windowStart(rest, JOINT_WINDOW);
      const joint = link.exec(this.text.slice(jointFrom, rest));
      const previous = joint ? this.partyEndingAt(jointFrom + joint.index) : undefined;
      if (previous === undefined) break;
      subjects.unshift(this.mentionAt(previous)!);
      rest = previous;
    }
    return subjects;
  }

  /** The party right after `at` ("warned Seoul", "called on Moscow"), with whether it is possessive. */
  partyAfter(
    at: number,
    skip = '(?:on|upon|to|at)\\s+',
  ): { mention: number; end: number; possessive: boolean } | undefined {
    const match = new RegExp(`^\\s*(?:${skip})?(${PARTY})(${POSSESSIVE})?`).exec(
      this.text.slice(at),
    );
    if (!match) return undefined;
    const offset = at + match[0].length - match[1]!.length - (match[2]?.length ?? 0);
    return {
      mention: this.mentionAt(offset)!,
      end: at + match[0].length,
      possessive: match[2] !== undefined,
    };
  }

  /** Quotes of the sentence in sentence offsets. */
  quotes(): Quote[] {
    const shift = (s: { start: number; end: number }) => ({
      start: s.start - this.sentence.start,
      end: s.end - this.sentence.start,
    });
    return this.sentence.quotes.map((q) => ({ inner: shift(q.inner), outer: shift(q.outer) }));
  }

  insideQuote(at: number): boolean {
    return this.quotes().some((q) => at >= q.inner.start && at < q.inner.end);
  }

  isChannel(mention: number): boolean {
    return !!this.mentions[mention]?.channel;
  }
}
