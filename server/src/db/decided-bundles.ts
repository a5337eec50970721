import type { BundleStatement, IngestBundle } from '@parley/graph-schema';

/** What people decided that ingest honours: fact and article ids removed, party ids merged away. */
export type Decisions = {
  removed: ReadonlySet<string>;
  /** Merged party id → the id of the party it went into. */
  movedTo: ReadonlyMap<string, string>;
};

function withDecisions(
  statement: BundleStatement,
  { removed }: Decisions,
  to: (id: string) => string,
) {
  const unique = (ids: string[]) => [...new Set(ids.map(to))];
  const candidates = unique(statement.ambiguity?.candidates ?? []);
  return {
    ...statement,
    speakers: unique(statement.speakers),
    addressees: unique(statement.addressees),
    respondsTo: statement.respondsTo.filter((id) => !removed.has(id)),
    // Two candidates merged into one party are no longer a choice.
    ambiguity:
      statement.ambiguity && candidates.length > 1
        ? { ...statement.ambiguity, candidates }
        : undefined,
  };
}

/**
 * The bundles as ingest may write them: a removed article's bundle and removed facts are left
 * out (with the replies to them), and every party id merged away names the party it went into.
 */
export function decidedBundles(bundles: IngestBundle[], decisions: Decisions): IngestBundle[] {
  const { removed, movedTo } = decisions;
  if (removed.size === 0 && movedTo.size === 0) return bundles;
  const to = (id: string) => movedTo.get(id) ?? id;
  return bundles
    .filter((bundle) => !removed.has(bundle.article.id))
    .map((bundle) => ({
      ...bundle,
      actors: bundle.actors.map((actor) => ({
        ...actor,
        id: to(actor.id),
        affiliations: actor.affiliations.map((a) => ({ ...a, institution: to(a.institution) })),
      })),
      institutions: bundle.institutions.map((institution) => ({
        ...institution,
        id: to(institution.id),
      })),
      statements: bundle.statements
        .filter((s) => !removed.has(s.id))
        .map((s) => withDecisions(s, decisions, to)),
      meetings: bundle.meetings
        .filter((m) => !removed.has(m.id))
        .map((m) => ({ ...m, a: to(m.a), b: to(m.b) })),
    }));
}

/** The ids of bundles' facts, articles and the statements they answer, and of their parties. */
export function idsOfBundles(bundles: IngestBundle[]): { facts: string[]; parties: string[] } {
  const facts = bundles.flatMap((b) => [
    b.article.id,
    ...b.statements.flatMap((s) => [s.id, ...s.respondsTo]),
    ...b.meetings.map((m) => m.id),
  ]);
  const parties = bundles.flatMap((b) => [
    ...b.actors.map((a) => a.id),
    ...b.institutions.map((i) => i.id),
  ]);
  return { facts: [...new Set(facts)], parties: [...new Set(parties)] };
}
