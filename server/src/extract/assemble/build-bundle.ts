import {
  ingestBundleSchema,
  meetingId,
  statementId,
  type IngestBundle,
  type IngestBundleInput,
} from '@parley/graph-schema';
import type { ArticleEntities } from '../entities/article-entities';
import type { FoundMeeting, FoundStatement } from '../read-article';

type StatementInput = NonNullable<IngestBundleInput['statements']>[number];
type MeetingInput = NonNullable<IngestBundleInput['meetings']>[number];

export interface BundleParts {
  article: IngestBundle['article'];
  /** English name of the article's language, for the summaries of statements not in English. */
  languageName: string;
  statements: FoundStatement[];
  meetings: FoundMeeting[];
  /** [answering, answered] statement indexes. */
  replies: [number, number][];
  entities: ArticleEntities;
}

const slugOf = (id: string) => id.slice(id.indexOf(':') + 1);

/** Keys unique within the article: the text offsets, plus the speaker when several share them. */
function statementKeys(statements: FoundStatement[]): string[] {
  const used = new Set<string>();
  return statements.map((s) => {
    const offsets = `${s.text.start}-${s.text.end}`;
    const shared =
      statements.filter((o) => o.text.start === s.text.start && o.text.end === s.text.end).length >
      1;
    let key = shared ? `${offsets}-${slugOf(s.speakers[0]!)}` : offsets;
    for (let n = 2; used.has(key); n++) key = `${offsets}-${n}`;
    used.add(key);
    return key;
  });
}

function names(entities: ArticleEntities, ids: string[]): string[] {
  return ids.map((id) => entities.get(id)?.name ?? id);
}

function summaryEn(parts: BundleParts, s: FoundStatement): string {
  const who = names(parts.entities, s.speakers).join(' or ');
  const whom = s.addressees.length > 0 ? ` ${names(parts.entities, s.addressees).join(', ')}` : '';
  const how = s.direct ? 'quoted' : 'reported';
  return `${who} ${s.verb}${whom} (${how} in ${parts.languageName}; an automatic summary, not a translation).`;
}

function statementInput(
  parts: BundleParts,
  s: FoundStatement,
  id: string,
  respondsTo: string[],
): StatementInput {
  const { article, entities } = parts;
  return {
    id,
    speakers: s.speakers,
    addressees: s.addressees,
    text: article.text.slice(s.text.start, s.text.end),
    lang: article.lang,
    direct: s.direct,
    ...(article.lang === 'en' ? {} : { summaryEn: summaryEn(parts, s) }),
    ...(s.date ? { date: s.date.date, datePrecision: s.date.precision } : {}),
    evidence: s.evidence,
    respondsTo,
    ...(s.speakers.length > 1
      ? {
          ambiguity: {
            field: 'speaker' as const,
            candidates: s.speakers,
            note: `"${s.speakerSurface}" could be ${names(entities, s.speakers).join(' or ')}; the article does not say which`,
          },
        }
      : {}),
    confidence: s.confidence,
  };
}

function meetingInputs(parts: BundleParts): MeetingInput[] {
  const used = new Set<string>();
  return parts.meetings.map((m) => {
    let key = `${m.evidence.start}-${m.evidence.end}-${slugOf(m.a)}-${slugOf(m.b)}`;
    for (let n = 2; used.has(key); n++) key = `${m.evidence.start}-${m.evidence.end}-${n}`;
    used.add(key);
    return {
      id: meetingId(parts.article.id, key),
      a: m.a,
      b: m.b,
      kind: m.kind,
      ...(m.date ? { date: m.date.date, datePrecision: m.date.precision } : {}),
      ...(m.place ? { place: m.place } : {}),
      evidence: m.evidence,
      confidence: m.confidence,
    };
  });
}

/** The parties the facts name, with the institutions their affiliations point to. */
function parties(parts: BundleParts) {
  const { entities } = parts;
  const ids = new Set([
    ...parts.statements.flatMap((s) => [...s.speakers, ...s.addressees]),
    ...parts.meetings.flatMap((m) => [m.a, m.b]),
  ]);
  for (const id of [...ids])
    for (const institution of entities.get(id)?.affiliations.keys() ?? []) ids.add(institution);
  const chosen = [...ids].flatMap((id) => {
    const entity = entities.get(id);
    return entity ? [entity] : [];
  });
  const aliasesOf = (e: (typeof chosen)[number]) => [...e.aliases].filter((a) => a !== e.name);
  return {
    actors: chosen
      .filter((e) => e.kind === 'actor')
      .map((e) => ({
        id: e.id,
        name: e.name,
        aliases: aliasesOf(e),
        ...(e.role ? { role: e.role } : {}),
        affiliations: [...e.affiliations].map(([institution, role]) => ({ institution, role })),
      })),
    institutions: chosen
      .filter((e) => e.kind === 'institution')
      .map((e) => ({
        id: e.id,
        name: e.name,
        aliases: aliasesOf(e),
        kind: e.institutionKind ?? 'other',
      })),
  };
}

/** The ingest bundle of an extraction: every fact `source: 'extracted'`, validated like any bundle. */
export function buildBundle(parts: BundleParts): IngestBundle {
  const ids = statementKeys(parts.statements).map((key) => statementId(parts.article.id, key));
  const answers = parts.statements.map(() => [] as string[]);
  for (const [from, to] of parts.replies) answers[from]!.push(ids[to]!);
  return ingestBundleSchema.parse({
    version: 1,
    source: 'extracted',
    article: parts.article,
    ...parties(parts),
    statements: parts.statements.map((s, i) => statementInput(parts, s, ids[i]!, answers[i]!)),
    meetings: meetingInputs(parts),
  });
}
