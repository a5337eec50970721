import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { binDays, binInRange, playWindow, type Bin, type BinUnit } from '../state/timeline-bins';
import { pluralise } from '../../../lib/plural';

const PLAY_STEP_MS = 700;
/** A play-through with no range chosen shows this share of the bins at a time. */
const PLAY_SHARE = 1 / 6;
const CHART = { width: 600, height: 44 } as const;

const UNIT_WORDS: Record<BinUnit, string> = { day: 'day', week: 'week', month: 'month' };

function binAt(event: PointerEvent<SVGSVGElement>, count: number): number {
  const box = event.currentTarget.getBoundingClientRect();
  const share = (event.clientX - box.left) / Math.max(1, box.width);
  return Math.max(0, Math.min(count - 1, Math.floor(share * count)));
}

function Histogram({
  bins,
  unit,
  from,
  to,
  onChoose,
}: {
  bins: Bin[];
  unit: BinUnit;
  from: string | null;
  to: string | null;
  onChoose: (first: Bin, last: Bin) => void;
}) {
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const max = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = CHART.width / bins.length;
  const chosen = (bin: Bin, i: number) =>
    drag
      ? i >= Math.min(drag.start, drag.end) && i <= Math.max(drag.start, drag.end)
      : binInRange(bin, from, to);
  const finish = () => {
    if (!drag) return;
    const first = bins[Math.min(drag.start, drag.end)];
    const last = bins[Math.max(drag.start, drag.end)];
    setDrag(null);
    if (first && last) onChoose(first, last);
  };
  const total = bins.reduce((sum, b) => sum + b.count, 0);
  return (
    <svg
      className="timeline-chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={`${total} dated statements and meetings by ${UNIT_WORDS[unit]}, ${bins[0]?.from} to ${bins.at(-1)?.to}. Drag across to choose a range.`}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        const at = binAt(event, bins.length);
        setDrag({ start: at, end: at });
      }}
      onPointerMove={(event) => {
        if (drag) setDrag({ ...drag, end: binAt(event, bins.length) });
      }}
      onPointerUp={finish}
      onPointerCancel={() => setDrag(null)}
    >
      {bins.map((bin, i) => {
        const height = bin.count === 0 ? 0 : 3 + ((CHART.height - 4) * bin.count) / max;
        return (
          <g key={bin.from} className={chosen(bin, i) ? 'bin in-range' : 'bin'}>
            <rect className="bin-hit" x={i * barWidth} y={0} width={barWidth} height={CHART.height}>
              <title>
                {bin.from === bin.to ? bin.from : `${bin.from} – ${bin.to}`}: {bin.count}
              </title>
            </rect>
            <rect
              className="bin-bar"
              x={i * barWidth + barWidth * 0.1}
              y={CHART.height - height}
              width={barWidth * 0.8}
              height={height}
            />
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The time bar under the canvas: statements and meetings on the canvas by date, a range chosen
 * by dragging across it (kept in the view's filters, so links and undo keep it too), a
 * play-through of the range, and undated facts counted apart behind one switch.
 */
export function Timeline() {
  const { state, facets } = useExplorerData();
  const { updateFilters, previewFilters } = useCanvasCommands();
  const { dateFrom, dateTo, hideUndated } = state.filters;
  const { unit, bins } = useMemo(() => binDays(facets.factDays), [facets.factDays]);
  const [playing, setPlaying] = useState(false);
  const step = useRef(0);

  const inRange = facets.factDays.filter(
    (day) => (dateFrom === null || day >= dateFrom) && (dateTo === null || day <= dateTo),
  ).length;
  const ranged = dateFrom !== null || dateTo !== null;
  const chosenBins = bins.filter((bin) => binInRange(bin, dateFrom, dateTo)).length;
  const width =
    ranged && chosenBins < bins.length
      ? chosenBins
      : Math.max(1, Math.round(bins.length * PLAY_SHARE));

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const window = playWindow(bins, width, step.current);
      if (!window) {
        setPlaying(false);
        return;
      }
      step.current += 1;
      previewFilters({ dateFrom: window.from, dateTo: window.to });
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, bins, width, previewFilters]);

  if (state.mode !== 'explore') return null;
  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-head">
        {bins.length > 0 ? (
          <span className="timeline-summary" role="status">
            {ranged
              ? `${dateFrom ?? bins[0]?.from} – ${dateTo ?? bins.at(-1)?.to}: ${inRange} of ${facets.factDays.length} dated facts`
              : `${facets.factDays.length} dated statements and meetings`}
          </span>
        ) : (
          <span className="timeline-summary">No dated statement or meeting on the canvas</span>
        )}
        {bins.length > 1 && (
          <button
            type="button"
            aria-pressed={playing}
            onClick={() => {
              step.current = 0;
              setPlaying(!playing);
            }}
            title={`Step through time, ${pluralise(width, UNIT_WORDS[unit])} at a time`}
          >
            {playing ? '❚❚ Pause' : '▶ Play'}
          </button>
        )}
        {ranged && (
          <button
            type="button"
            onClick={() => {
              setPlaying(false);
              updateFilters({ dateFrom: null, dateTo: null });
            }}
          >
            All dates
          </button>
        )}
        <label className="timeline-undated">
          <input
            type="checkbox"
            checked={!hideUndated}
            onChange={(event) => updateFilters({ hideUndated: !event.target.checked })}
          />
          Show {facets.undatedFacts} undated
        </label>
      </div>
      {bins.length > 0 && (
        <Histogram
          bins={bins}
          unit={unit}
          from={dateFrom}
          to={dateTo}
          onChoose={(first, last) => {
            setPlaying(false);
            updateFilters({ dateFrom: first.from, dateTo: last.to });
          }}
        />
      )}
    </section>
  );
}
