import type { IngestBundle } from '@parley/graph-schema';
import type { Db } from '../db/driver';
import { loadKnownEntities } from '../db/queries/known-entities';
import { KnownEntityIndex, type KnownEntity } from '../extract/entities/known-entities';

/** Long enough to spare a reload per article, short enough to pick up another writer's names. */
const MAX_AGE_MS = 30_000;

function partiesOf(bundle: IngestBundle): KnownEntity[] {
  return [
    ...bundle.actors.map((a) => ({
      id: a.id,
      kind: 'actor' as const,
      name: a.name,
      aliases: [a.name, ...a.aliases],
      ...(a.role ? { role: a.role } : {}),
    })),
    ...bundle.institutions.map((i) => ({
      id: i.id,
      kind: 'institution' as const,
      name: i.name,
      aliases: [i.name, ...i.aliases],
      institutionKind: i.kind,
    })),
  ];
}

/**
 * The graph's actors and institutions as extraction resolves names against them. Reading them
 * for every article cost more than extracting it, so they are read once and then kept current
 * by the writes of this process (`remember`); after MAX_AGE_MS they are read again, for names
 * another process wrote. The index is rebuilt only when a write brought a new name.
 */
export class KnownEntityCache {
  private entities = new Map<string, KnownEntity>();
  private index: KnownEntityIndex | undefined;
  private loadedAtMs = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  async current(): Promise<KnownEntityIndex> {
    if (this.index && this.now() - this.loadedAtMs < MAX_AGE_MS) return this.index;
    const loaded = await loadKnownEntities(this.db);
    this.entities = new Map(loaded.map((e) => [e.id, e]));
    this.index = new KnownEntityIndex(loaded);
    this.loadedAtMs = this.now();
    return this.index;
  }

  /** Drops what is held, so the next extraction reads the graph again (after a failed write). */
  forget(): void {
    this.index = undefined;
  }

  /** Called once `bundle` is committed (or queued to be): its parties and spellings become known at once. */
  remember(bundle: IngestBundle): void {
    if (!this.index) return;
    let changed = false;
    for (const party of partiesOf(bundle)) {
      const seen = this.entities.get(party.id);
      const aliases = [...new Set([...(seen?.aliases ?? []), ...party.aliases])];
      if (seen && aliases.length === seen.aliases.length) continue;
      this.entities.set(party.id, { ...party, ...seen, aliases });
      changed = true;
    }
    if (changed) this.index = new KnownEntityIndex([...this.entities.values()]);
  }
}
