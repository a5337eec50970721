import type { IngestBundle } from '@parley/graph-schema';
import { seededRandom } from './synthetic-graph';

const RESERVOIR_SIZE = 400;

/** Uniform samples of what a person would look up, gathered while the bundles stream by. */
export class LookupSamples {
  readonly actorIds: string[] = [];
  readonly replyIds: string[] = [];
  readonly searchTerms: string[] = [];
  /** Full names with a letter dropped (and two swapped in long words): what the fuzzy query meets. */
  readonly typoTerms: string[] = [];
  /** Names in Cyrillic, Hangul or Telugu: what is also spelled in Latin letters and matched. */
  readonly otherScriptTerms: string[] = [];
  private seen = { actors: 0, replies: 0, terms: 0, typos: 0, scripts: 0 };
  private readonly rng = seededRandom(99);

  private offer(list: string[], key: keyof LookupSamples['seen'], value: string): void {
    const n = ++this.seen[key];
    if (list.length < RESERVOIR_SIZE) list.push(value);
    else {
      const slot = Math.floor(this.rng() * n);
      if (slot < RESERVOIR_SIZE) list[slot] = value;
    }
  }

  /** Passes bundles through unchanged, sampling actor ids, replies and name prefixes in any script. */
  *tap(bundles: Iterable<IngestBundle>): Generator<IngestBundle> {
    for (const bundle of bundles) {
      for (const actor of bundle.actors) {
        this.offer(this.actorIds, 'actors', actor.id);
        const spelling = [actor.name, ...actor.aliases][this.seen.terms % 4] ?? actor.name;
        this.offer(this.searchTerms, 'terms', spelling.slice(0, 5));
        this.offer(this.typoTerms, 'typos', withTypos(actor.name));
        const script = actor.aliases[this.seen.scripts % actor.aliases.length];
        if (script) this.offer(this.otherScriptTerms, 'scripts', script);
      }
      for (const s of bundle.statements)
        if (s.respondsTo.length > 0) this.offer(this.replyIds, 'replies', s.id);
      yield bundle;
    }
  }
}

/** One edit in each word of four letters or more, two in words of seven or more. */
export function withTypos(name: string): string {
  return name
    .split(' ')
    .map((word) => {
      if (word.length < 4) return word;
      const dropped = word.slice(0, 1) + word.slice(2);
      if (word.length < 7) return dropped;
      return dropped.slice(0, 3) + dropped.charAt(4) + dropped.charAt(3) + dropped.slice(5);
    })
    .join(' ');
}
