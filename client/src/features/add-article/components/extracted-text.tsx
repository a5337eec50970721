import type { ArticlePreviewResponse } from '@parley/graph-schema';
import { useEffect, useMemo, useRef } from 'react';
import { segmentText, type FactSpan } from '../model/highlights';

export function factSpans({ facts }: ArticlePreviewResponse): FactSpan[] {
  return [
    ...facts.statements.map((s) => ({ id: s.id, kind: 'statement' as const, ...s.evidence })),
    ...facts.meetings.map((m) => ({ id: m.id, kind: 'meeting' as const, ...m.evidence })),
  ];
}

type Props = {
  text: string;
  lang: string;
  spans: readonly FactSpan[];
  /** The fact the reader points at in the list: its evidence is outlined and scrolled to. */
  activeFactId: string | null;
};

/** The submitted text with every fact's evidence marked, exactly at the offsets the server sent. */
export function ExtractedText({ text, lang, spans, activeFactId }: Props) {
  const segments = useMemo(() => segmentText(text.length, spans), [text, spans]);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!activeFactId) return;
    container.current
      ?.querySelector('mark.active')
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [activeFactId]);

  return (
    // It scrolls: tabIndex lets the keyboard reach it and scroll it with the arrow keys.
    <div
      className="extracted-text original-text"
      lang={lang}
      dir="auto"
      ref={container}
      role="region"
      aria-label="The pasted text with its facts marked"
      tabIndex={0}
    >
      {segments.map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        if (segment.factIds.length === 0) return <span key={segment.start}>{piece}</span>;
        const active = activeFactId !== null && segment.factIds.includes(activeFactId);
        return (
          <mark
            key={segment.start}
            className={[...segment.kinds.map((k) => `fact-${k}`), active ? 'active' : '']
              .join(' ')
              .trim()}
            data-fact-ids={segment.factIds.join(' ')}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
