import type { ArticleContext } from '../../article-context';
import { isNewsAgencyId } from '../../entities/gazetteer';
import { NEUTER_ENDING, PERSON_ENDING } from './speech-verbs';
import type { TeluguSentence } from './sentence';

/** Words after a party that make it the one who speaks next ("ట్రంప్ మాట్లాడుతూ …"). */
const INTRODUCING = new Set([',', 'మాట్లాడుతూ', 'స్పందిస్తూ', 'పేర్కొంటూ']);
/** A relative participle ("పాకిస్థాన్ చేసిన ఆరోపణలను"): its subject is not the sentence's. */
const RELATIVE_PARTICIPLE = /ిన$/;
/** A subject left out and read from the verb's ending is less certain than a named one. */
const ZERO_SUBJECT_CONFIDENCE = 0.75;

/**
 * Who speaks in a Telugu clause. The speaker stands after what was said ("…అని X అన్నారు") or,
 * introduced, before it ("X మాట్లాడుతూ, …అని"); a party inside the reported clause is its subject,
 * not the speaker. A clause without one takes the subject its verb's ending points to: a person
 * for "-ారు", an institution for "-ింది".
 */
/** The sentence in which a medium last reported, by article: "it said" right after it is the medium's. */
const channelReports = new WeakMap<ArticleContext, number>();

export class TeluguSpeakers {
  constructor(
    private readonly s: TeluguSentence,
    private readonly context?: ArticleContext,
  ) {}

  /** The first subject in tokens [from, to) that is not the subject of a relative clause. */
  first(from: number, to: number): number[] | undefined {
    const m = this.candidates(from, to)[0];
    return m === undefined ? undefined : this.s.group(m);
  }

  last(from: number, to: number): number[] | undefined {
    const found = this.candidates(from, to);
    const m = found[found.length - 1];
    return m === undefined ? undefined : this.s.group(m);
  }

  /**
   * The speaker before what was said: the clause's first party, when it is introduced ("X
   * మాట్లాడుతూ", "X,") or is a person or body whose verb agrees; never a state inside the clause
   * ("కొన్ని అమెరికా ఉత్పత్తులపై … అన్నారు" is said by the last speaker, not by America).
   */
  before(from: number, to: number, verb: number): number[] | undefined {
    const s = this.s;
    const m = s.mentionsIn(from, to).find((x) => s.isParty(x) && !this.inQuote(x));
    if (m === undefined || !s.isSubjectLike(m)) return undefined;
    const group = s.group(m);
    const after = s.tokens[s.lastToken(group[group.length - 1]!) + 1];
    // "భారత్, నేపాల్ దేశాల మధ్య …ఉన్నాయని వ్యాఖ్యానించారు": a person's verb, and states listed.
    if (PERSON_ENDING.test(s.wordAt(verb)) && this.isState(m)) return undefined;
    if (after && INTRODUCING.has(after.norm)) return group;
    if (this.isRelativeSubject(m, to) || s.mentions[m]!.place) return undefined;
    if (PERSON_ENDING.test(s.wordAt(verb)) && !s.isActor(m)) return undefined;
    return group;
  }

  /** "…తెలియవన్న భారత విదేశాంగ శాఖ": the party right after a relative quotative. */
  after(verb: number): number[] | undefined {
    const m = this.s.mentionsIn(verb + 1, verb + 2).find((x) => this.s.isSubjectLike(x));
    return m === undefined ? undefined : this.s.group(m);
  }

  private isState(mention: number): boolean {
    const [id] = this.s.mentions[mention]!.ids;
    return !!id && this.context?.entities.get(id)?.institutionKind === 'state';
  }

  /** The subject a verb's ending points to, added to the sentence as a mention of the verb. */
  zero(verbFirst: number, verbLast: number): number[] | undefined {
    const { s, context } = this;
    if (!context) return undefined;
    const word = s.wordAt(verbLast);
    const reportedBefore = channelReports.get(context);
    if (NEUTER_ENDING.test(word) && reportedBefore !== undefined) {
      // "… వాషింగ్టన్ పోస్ట్ పేర్కొంది. … కోరినట్లు చెప్పింది": the paper goes on; nobody to write.
      if (s.sentence.index - reportedBefore <= 1) {
        channelReports.set(context, s.sentence.index);
        return undefined;
      }
    }
    const here = new Set(s.mentions.flatMap((m) => m.ids));
    const person = context.discourse.person();
    const id = PERSON_ENDING.test(word)
      ? person && !here.has(person)
        ? person
        : context.discourse.lastMentioned((e) => e.kind === 'actor' && !here.has(e.id))
      : NEUTER_ENDING.test(word)
        ? (context.discourse.institution() ??
          context.discourse.lastMentioned(
            (e) =>
              e.kind === 'institution' &&
              e.institutionKind !== 'state' &&
              !isNewsAgencyId(e.id) &&
              !here.has(e.id),
          ))
        : undefined;
    if (!id || here.has(id)) return undefined;
    const span = { start: s.tokens[verbFirst]!.start, end: s.tokens[verbLast]!.end };
    return [s.addMention({ span, ids: [id], confidence: ZERO_SUBJECT_CONFIDENCE }, verbFirst)];
  }

  /** Subjects of the verb at `to`: a state is neuter, never the subject of a person's "-ారు". */
  private candidates(from: number, to: number): number[] {
    const personal = PERSON_ENDING.test(this.s.wordAt(this.verbEnd(to)));
    return this.s
      .mentionsIn(from, to)
      .filter(
        (x) =>
          this.s.isSubjectLike(x) &&
          !this.inQuote(x) &&
          !this.isRelativeSubject(x, to) &&
          !(personal && this.s.mentions[x]!.place),
      );
  }

  /** The last word of the verb that starts at token `first` ("స్పష్టం చేశారు"). */
  private verbEnd(first: number): number {
    let k = first;
    while (k + 1 < this.s.tokens.length && this.s.tokens[k + 1]!.isWord && k - first < 2) {
      if (/(?:ారు|ాడు|ంది|ాయి|డంతో)$/.test(this.s.wordAt(k))) break;
      k++;
    }
    return k;
  }

  private inQuote(m: number): boolean {
    return this.s.tokens[this.s.firstToken(m)]!.inQuote;
  }

  private isRelativeSubject(m: number, verb: number): boolean {
    const group = this.s.group(m);
    const next = this.s.lastToken(group[group.length - 1]!) + 1;
    return next < verb && RELATIVE_PARTICIPLE.test(this.s.wordAt(next));
  }
}

/** A medium reported in this sentence: a neuter zero subject in the next one is still the medium. */
export function noteChannelReport(
  context: ArticleContext | undefined,
  sentenceIndex: number,
): void {
  if (context) channelReports.set(context, sentenceIndex);
}
