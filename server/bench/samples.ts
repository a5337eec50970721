import type { IngestBundle } from '@parley/graph-schema';
import { seededRandom } from './synthetic-graph';

const RESERVOIR_SIZE = 400;

/** Uniform samples of what a person would look up, gathered while the bundles stream by. */
export class LookupSamples {
  readonly actorIds: string[] = [];
  readonly replyIds: string[] = [];
  readonly searchTerms: string[] = [];
  private seen = { actors: 0, replies: 0, terms: 0 };
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
      }
      for (const s of bundle.statements)
        if (s.respondsTo.length > 0) this.offer(this.replyIds, 'replies', s.id);
      yield bundle;
    }
  }
}
