import {
  ARTICLE_LIMITS,
  type ArticlePreviewResponse,
  type IngestBundle,
} from '@parley/graph-schema';
import type { Extraction } from './extract-article';

type PartyRef = { id: string; name: string };

function partyRefs(bundle: IngestBundle): (id: string) => PartyRef {
  const names = new Map<string, string>([
    ...bundle.actors.map((a) => [a.id, a.name] as const),
    ...bundle.institutions.map((i) => [i.id, i.name] as const),
  ]);
  return (id) => ({ id, name: names.get(id) ?? id });
}

/** The first `limit` items and how many were left out. */
function capped<T>(items: readonly T[], limit: number): { kept: T[]; omitted: number } {
  return { kept: items.slice(0, limit), omitted: Math.max(0, items.length - limit) };
}

/**
 * The extraction as `POST /api/articles/preview` shows it: facts with names, nothing written.
 * At most `limit` facts of each kind, so the answer stays small whatever the text.
 */
export function toPreview(
  extraction: Extraction,
  limit: number = ARTICLE_LIMITS.previewFacts,
): ArticlePreviewResponse {
  const { bundle } = extraction;
  const ref = partyRefs(bundle);
  const known = new Set(extraction.knownIds);
  const statements = capped([...bundle.statements, ...extraction.unresolved], limit);
  const meetings = capped(bundle.meetings, limit);
  const ambiguities = capped(extraction.ambiguities, limit);
  const omitted = {
    statements: statements.omitted,
    meetings: meetings.omitted,
    ambiguities: ambiguities.omitted,
  };
  return {
    articleId: bundle.article.id,
    lang: extraction.lang,
    facts: {
      statements: statements.kept.map((s) => ({
        id: s.id,
        speaker: s.speakers.length === 1 ? ref(s.speakers[0]!) : null,
        candidates: s.speakers.length > 1 ? s.speakers.map(ref) : [],
        text: s.text,
        direct: s.direct,
        ...(s.summaryEn ? { summaryEn: s.summaryEn } : {}),
        evidence: s.evidence,
        addressees: s.addressees.map(ref),
        respondsTo: s.respondsTo,
        ...(s.date ? { date: s.date, datePrecision: s.datePrecision! } : {}),
        confidence: s.confidence,
      })),
      meetings: meetings.kept.map((m) => ({
        id: m.id,
        kind: m.kind,
        a: ref(m.a),
        b: ref(m.b),
        place: m.place ?? null,
        date: m.date ?? null,
        datePrecision: m.datePrecision ?? null,
        evidence: m.evidence,
        confidence: m.confidence,
      })),
      ambiguities: ambiguities.kept.map((a) => ({
        field: a.field,
        candidates: a.candidates.map(ref),
        note: a.note,
        evidence: a.evidence,
      })),
    },
    parties: [
      ...bundle.actors.map((a) => ({
        id: a.id,
        name: a.name,
        kind: 'actor' as const,
        known: known.has(a.id),
        aliases: a.aliases,
        ...(a.role ? { role: a.role } : {}),
      })),
      ...bundle.institutions.map((i) => ({
        id: i.id,
        name: i.name,
        kind: 'institution' as const,
        known: known.has(i.id),
        aliases: i.aliases,
      })),
    ],
    ...(Object.values(omitted).some((n) => n > 0) ? { omitted } : {}),
  };
}
