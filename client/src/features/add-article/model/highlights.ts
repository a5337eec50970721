export type FactKind = 'statement' | 'meeting' | 'ambiguity';

/** A fact's evidence: the half-open character range `[start, end)` of the submitted text. */
export type FactSpan = { id: string; kind: FactKind; start: number; end: number };

/** A run of text and the facts whose evidence covers all of it. */
export type TextSegment = { start: number; end: number; factIds: string[]; kinds: FactKind[] };

/**
 * Cuts `[0, length)` at every evidence boundary, so overlapping evidence (a meeting inside a
 * quoted statement) marks the shared run with both facts. Spans outside the text are clamped.
 */
export function segmentText(length: number, spans: readonly FactSpan[]): TextSegment[] {
  const clamp = (n: number) => Math.min(Math.max(n, 0), length);
  const valid = spans
    .map((s) => ({ ...s, start: clamp(s.start), end: clamp(s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, length, ...valid.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    segments.push({
      start,
      end,
      factIds: covering.map((s) => s.id),
      kinds: [...new Set(covering.map((s) => s.kind))],
    });
  }
  return segments;
}
