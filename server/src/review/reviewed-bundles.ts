import type {
  BundleActor,
  BundleInstitution,
  BundleMeeting,
  BundleStatement,
  FactSource,
  InstitutionKind,
  IngestBundle,
  ReviewedFacts,
  ReviewedMeeting,
  ReviewedStatement,
} from '@parley/graph-schema';
import type { GraphParty } from '../db/queries/parties';
import { AppError } from '../errors';
import type { Extraction } from '../extract/extract-article';

type Detail = { path: string; message: string };

/** Every party the reviewed facts may name, by id. */
type PartyPool = { actors: Map<string, BundleActor>; institutions: Map<string, BundleInstitution> };

/** A party as the graph or the reviewer gives it. */
type PartyFields = Pick<GraphParty, 'id' | 'kind' | 'name' | 'aliases'> & {
  role?: string | null | undefined;
  institutionKind?: InstitutionKind | null | undefined;
};

const LEFT_OPEN = 'A reviewer left the speaker open between these candidates';

function partyPool(extraction: Extraction, facts: ReviewedFacts, inGraph: GraphParty[]): PartyPool {
  const pool: PartyPool = { actors: new Map(), institutions: new Map() };
  const add = (p: PartyFields) => {
    if (p.kind === 'actor')
      pool.actors.set(p.id, {
        id: p.id,
        name: p.name,
        aliases: p.aliases,
        ...(p.role ? { role: p.role } : {}),
        affiliations: [],
      });
    else
      pool.institutions.set(p.id, {
        id: p.id,
        name: p.name,
        aliases: p.aliases,
        kind: p.institutionKind ?? 'other',
      });
  };
  inGraph.forEach(add);
  facts.parties.forEach(add);
  // The article's own parties last: extraction knows their affiliations.
  for (const actor of extraction.bundle.actors) pool.actors.set(actor.id, actor);
  for (const institution of extraction.bundle.institutions)
    pool.institutions.set(institution.id, institution);
  return pool;
}

const namedBy = (s: { speakerIds?: string[]; addresseeIds?: string[]; a?: string; b?: string }) => [
  ...(s.speakerIds ?? []),
  ...(s.addresseeIds ?? []),
  ...(s.a ? [s.a] : []),
  ...(s.b ? [s.b] : []),
];

/** Party ids the facts name that neither the extraction nor the reviewer created: the graph's, if any. */
export function partiesToLookUp(extraction: Extraction, facts: ReviewedFacts): string[] {
  const local = new Set([
    ...extraction.bundle.actors.map((a) => a.id),
    ...extraction.bundle.institutions.map((i) => i.id),
    ...facts.parties.map((p) => p.id),
  ]);
  const named = [...facts.statements, ...facts.meetings].flatMap(namedBy);
  return [...new Set(named)].filter((id) => !local.has(id));
}

/** 400s for ids that are not the article's facts' or any party's, and a missing English summary. */
function checkFacts(extraction: Extraction, facts: ReviewedFacts, pool: PartyPool): Detail[] {
  const slug = extraction.bundle.article.id.replace(/^article:/, '');
  const issues: Detail[] = [];
  const known = (id: string) => pool.actors.has(id) || pool.institutions.has(id);
  const checkParties = (path: string, ids: string[]) =>
    ids.forEach((id, j) => {
      if (!known(id))
        issues.push({
          path: `${path}.${j}`,
          message: `${id} is neither among the article's parties nor in the graph`,
        });
    });
  const statementIds = new Set(facts.statements.map((s) => s.id));
  const lang = extraction.bundle.article.lang;
  facts.statements.forEach((s, i) => {
    const path = `facts.statements.${i}`;
    if (!s.id.startsWith(`statement:${slug}:`))
      issues.push({ path: `${path}.id`, message: `${s.id} is not a statement of article:${slug}` });
    checkParties(`${path}.speakerIds`, s.speakerIds);
    checkParties(`${path}.addresseeIds`, s.addresseeIds);
    s.respondsTo.forEach((id, j) => {
      if (id.startsWith(`statement:${slug}:`) && !statementIds.has(id))
        issues.push({
          path: `${path}.respondsTo.${j}`,
          message: `${id} was dropped from the facts`,
        });
    });
    if (lang !== 'en' && !s.summaryEn && !extractedStatement(extraction, s.id)?.summaryEn)
      issues.push({
        path: `${path}.summaryEn`,
        message: 'a statement not in English needs summaryEn',
      });
  });
  facts.meetings.forEach((m, i) => {
    const path = `facts.meetings.${i}`;
    if (!m.id.startsWith(`meeting:${slug}:`))
      issues.push({ path: `${path}.id`, message: `${m.id} is not a meeting of article:${slug}` });
    checkParties(`${path}.a`, [m.a]);
    checkParties(`${path}.b`, [m.b]);
  });
  return issues;
}

const extractedStatement = (extraction: Extraction, id: string) =>
  extraction.bundle.statements.find((s) => s.id === id);

function toStatement(extraction: Extraction, s: ReviewedStatement): BundleStatement {
  const found = extractedStatement(extraction, s.id);
  const sameSpeakers =
    found?.speakers.length === s.speakerIds.length &&
    found.speakers.every((id) => s.speakerIds.includes(id));
  const ambiguity =
    found?.ambiguity && (found.ambiguity.field !== 'speaker' || sameSpeakers)
      ? found.ambiguity
      : s.speakerIds.length > 1
        ? { field: 'speaker' as const, candidates: s.speakerIds, note: LEFT_OPEN }
        : undefined;
  const summaryEn = s.summaryEn ?? found?.summaryEn;
  return {
    id: s.id,
    speakers: s.speakerIds,
    addressees: s.addresseeIds,
    text: s.text,
    lang: found?.lang ?? extraction.bundle.article.lang,
    direct: s.direct,
    ...(summaryEn ? { summaryEn } : {}),
    ...(s.date && s.datePrecision ? { date: s.date, datePrecision: s.datePrecision } : {}),
    evidence: s.evidence,
    respondsTo: s.respondsTo,
    ...(ambiguity ? { ambiguity } : {}),
    confidence: s.confidence,
  };
}

const toMeeting = (m: ReviewedMeeting): BundleMeeting => ({
  id: m.id,
  a: m.a,
  b: m.b,
  kind: m.kind,
  ...(m.date && m.datePrecision ? { date: m.date, datePrecision: m.datePrecision } : {}),
  ...(m.place ? { place: m.place } : {}),
  evidence: m.evidence,
  confidence: m.confidence,
});

/** One bundle of the facts of one source, with the parties they name and those parties' institutions. */
function bundleOf(
  extraction: Extraction,
  source: FactSource,
  facts: Pick<ReviewedFacts, 'statements' | 'meetings'>,
  pool: PartyPool,
): IngestBundle {
  const named = new Set([...facts.statements, ...facts.meetings].flatMap(namedBy));
  const actors = [...named].flatMap((id) => pool.actors.get(id) ?? []);
  const institutionIds = new Set([
    ...[...named].filter((id) => pool.institutions.has(id)),
    ...actors.flatMap((a) => a.affiliations.map((aff) => aff.institution)),
  ]);
  return {
    version: 1,
    source,
    article: extraction.bundle.article,
    actors: actors.map((a) => ({
      ...a,
      affiliations: a.affiliations.filter((aff) => pool.institutions.has(aff.institution)),
    })),
    institutions: [...institutionIds].flatMap((id) => pool.institutions.get(id) ?? []),
    statements: facts.statements.map((s) => toStatement(extraction, s)),
    meetings: facts.meetings.map(toMeeting),
  };
}

/**
 * The reviewed facts as bundles for one transaction: the facts a person touched as `reviewed`,
 * the rest as `extracted` (the article alone when every fact was dropped). A 400 names every
 * fact field whose id is not the article's or any known party's.
 */
export function reviewedBundles(
  extraction: Extraction,
  facts: ReviewedFacts,
  inGraph: GraphParty[],
): IngestBundle[] {
  const pool = partyPool(extraction, facts, inGraph);
  const issues = checkFacts(extraction, facts, pool);
  const [first] = issues;
  if (first)
    throw new AppError('bad_request', `Invalid article: ${first.path}: ${first.message}`, issues);
  const of = (reviewed: boolean) => ({
    statements: facts.statements.filter((s) => s.reviewed === reviewed),
    meetings: facts.meetings.filter((m) => m.reviewed === reviewed),
  });
  const reviewed = of(true);
  const untouched = bundleOf(extraction, 'extracted', of(false), pool);
  if (reviewed.statements.length + reviewed.meetings.length === 0) return [untouched];
  const bundles = [bundleOf(extraction, 'reviewed', reviewed, pool)];
  return untouched.statements.length + untouched.meetings.length > 0
    ? [untouched, ...bundles]
    : bundles;
}
