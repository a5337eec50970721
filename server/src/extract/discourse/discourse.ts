import type { ArticleEntities, ArticleEntity } from '../entities/article-entities';

/** How many sentences back a pronoun or a bare "the ministry" may reach for its antecedent. */
const PRONOUN_REACH_SENTENCES = 3;
const DESCRIPTOR_REACH_SENTENCES = 6;
/** Roles of a state's people abroad. */
const ENVOY = /\b(?:ambassador|envoy|high commissioner|charg[eé] d'affaires)\b/i;

interface Seen {
  id: string;
  sentence: number;
}

/**
 * What the article has talked about so far, most recent last: the parties mentioned and the
 * parties that spoke. Pronouns go to recent speakers first ("He also urged" follows Chung's
 * statement), descriptions ("the ministry", "the country's") to recent mentions.
 */
export class Discourse {
  private sentence = 0;
  private readonly mentioned: Seen[] = [];
  private readonly spoke: Seen[] = [];
  private readonly subjects: Seen[] = [];
  private readonly lastMentionedAt = new Map<string, number>();
  private readonly lastSpokeAt = new Map<string, number>();

  constructor(private readonly entities: ArticleEntities) {}

  startSentence(index: number): void {
    this.sentence = index;
  }

  noteMention(id: string): void {
    this.mentioned.push({ id, sentence: this.sentence });
    this.lastMentionedAt.set(id, this.sentence);
  }

  /** The last party that spoke within a pronoun's reach and passes `test`. */
  lastSpeaker(test: (entity: ArticleEntity) => boolean): string | undefined {
    return this.lastIn(this.spoke, test, PRONOUN_REACH_SENTENCES, true);
  }

  /** A party that stood as the subject of a clause (Russian: in the nominative). */
  noteSubject(id: string): void {
    this.subjects.push({ id, sentence: this.sentence });
  }

  /**
   * "Хакан Фидан провел разговор с Уиткоффом. Об этом рассказал он сам": the subject of the
   * sentences just before, whom "он" most likely continues, rather than the last one named.
   */
  lastSubject(test: (entity: ArticleEntity) => boolean): string | undefined {
    return this.lastIn(this.subjects, test, 1, true);
  }

  noteSpeakers(ids: string[]): void {
    for (const id of ids) {
      this.spoke.push({ id, sentence: this.sentence });
      this.lastSpokeAt.set(id, this.sentence);
    }
  }

  /**
   * "he", "she", "ఆయన": the last person who spoke, else the last mentioned; in English first the
   * one person named earlier in the same sentence ("Tshisekedi boarded a plane but he proceeded to
   * Angola"), which a language that marks case leaves to its own rules ("మోదీకి … ఆయన" is not Modi).
   */
  person({ sameSentenceFirst = false } = {}): string | undefined {
    const isActor = (e: ArticleEntity) => e.kind === 'actor';
    return (
      (sameSentenceFirst ? this.onlyInThisSentence(isActor) : undefined) ??
      this.lastIn(this.spoke, isActor, PRONOUN_REACH_SENTENCES, true) ??
      this.lastIn(this.mentioned, isActor, PRONOUN_REACH_SENTENCES, false)
    );
  }

  /** "it", "the statement": the last institution that spoke. */
  institution(): string | undefined {
    return this.lastIn(this.spoke, (e) => e.kind === 'institution', PRONOUN_REACH_SENTENCES, true);
  }

  /** Whether `id` came up after `speaker` last spoke and the speaker did not ("Речь идет о … Юн Сок Ёля. Он заявил"). */
  tookOverFrom(speaker: string, id: string): boolean {
    const spoke = this.lastSpokeAt.get(speaker) ?? -1;
    const mentioned = (who: string) => this.lastMentionedAt.get(who) ?? -1;
    return mentioned(id) > spoke && mentioned(speaker) <= spoke;
  }

  /** The most recently mentioned party that passes `test` ("the ministry", "the spokesperson"). */
  lastMentioned(test: (entity: ArticleEntity) => boolean): string | undefined {
    return this.lastIn(this.mentioned, test, DESCRIPTOR_REACH_SENTENCES, false);
  }

  /**
   * "the president" when two presidents were named: the one who has been speaking, else the one
   * mentioned last.
   */
  lastSpeakerOrMentioned(test: (entity: ArticleEntity) => boolean): string | undefined {
    return (
      this.lastIn(this.spoke, test, DESCRIPTOR_REACH_SENTENCES, true) ?? this.lastMentioned(test)
    );
  }

  /** Of several candidates for a bare surname, the one who spoke in the last two sentences, if only one did. */
  recentSpeakerAmong(candidates: string[]): string | undefined {
    const recent = new Set(
      this.spoke.filter((s) => this.sentence - s.sentence <= 2).map((s) => s.id),
    );
    const speaking = candidates.filter((id) => recent.has(id));
    return speaking.length === 1 ? speaking[0] : undefined;
  }

  /**
   * The first state the article mentions: whose "Foreign Ministry" an unqualified one is, failing
   * better clues. A state whose envoy the article names is the guest, not the host ("the
   * Ambassador of China to Nigeria"), unless every state mentioned is.
   */
  firstState(): string | undefined {
    const envoysOf = new Set(
      this.mentioned.flatMap(({ id }) => {
        const e = this.entities.get(id);
        return e?.kind === 'actor' && e.country && ENVOY.test(e.role ?? '') ? [e.country] : [];
      }),
    );
    const states = this.mentioned.flatMap(({ id }) => {
      const e = this.entities.get(id);
      return e?.institutionKind === 'state' && e.country ? [e.country] : [];
    });
    const hosts = new Set(states.filter((country) => !envoysOf.has(country)));
    return hosts.size === 1 ? [...hosts][0] : undefined;
  }

  private onlyInThisSentence(test: (entity: ArticleEntity) => boolean): string | undefined {
    const here = new Set(
      this.mentioned
        .filter((seen) => seen.sentence === this.sentence)
        .map((seen) => seen.id)
        .filter((id) => {
          const entity = this.entities.get(id);
          return entity !== undefined && test(entity);
        }),
    );
    return here.size === 1 ? [...here][0] : undefined;
  }

  private lastIn(
    list: Seen[],
    test: (entity: ArticleEntity) => boolean,
    reach: number,
    beforeThisSentence: boolean,
  ): string | undefined {
    for (let i = list.length - 1; i >= 0; i--) {
      const seen = list[i]!;
      if (beforeThisSentence && seen.sentence >= this.sentence) continue;
      if (this.sentence - seen.sentence > reach) return undefined;
      const entity = this.entities.get(seen.id);
      if (entity && test(entity)) return seen.id;
    }
    return undefined;
  }
}
