import type { ReactNode } from 'react';
import { describeError } from '../../../lib/api-error';
import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { useViewOpening } from '../location/location-store';
import { hasActiveFilters } from '../state/filters';
import { pluralise } from '../../../lib/plural';

/** Loading, error and empty states of the canvas, and a live line saying what is on it. */
export function CanvasStatus({ summary }: { summary: string }) {
  const { state, graph, elements, visible, pairsStatus, pairsError } = useExplorerData();
  const commands = useCanvasCommands();
  const opening = useViewOpening();
  const overviewFailure = graph.failures.find((f) => f.slot.kind === 'overview');
  const otherFailures = graph.failures.filter((f) => f.slot.kind !== 'overview');
  const empty = elements.nodes.length === 0;
  const wsw = state.mode === 'who-said-what';
  const loading = wsw ? pairsStatus === 'pending' : graph.loading;

  let message: ReactNode = null;
  if (opening) {
    message = (
      <div className="canvas-message" role="status">
        <span className="spinner" aria-hidden="true" /> Opening the shared view…
      </div>
    );
  } else if (wsw && pairsError) {
    message = (
      <div className="canvas-message" role="alert">
        <p>{describeError(pairsError)}</p>
      </div>
    );
  } else if (!wsw && overviewFailure && empty) {
    message = (
      <div className="canvas-message" role="alert">
        <p>{describeError(overviewFailure.error)}</p>
        <button type="button" onClick={graph.retry}>
          Retry
        </button>
      </div>
    );
  } else if (loading && empty) {
    message = (
      <div className="canvas-message" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the graph…
      </div>
    );
  } else if (empty && wsw) {
    message = (
      <div className="canvas-message" role="status">
        <p>No statement in the graph names an addressee yet.</p>
      </div>
    );
  } else if (empty && visible.nodes.length > 0 && hasActiveFilters(state.filters)) {
    message = (
      <div className="canvas-message" role="status">
        <p>The filters hide all {pluralise(visible.nodes.length, 'node')} on the canvas.</p>
      </div>
    );
  } else if (empty && !loading) {
    message = (
      <div className="canvas-message" role="status">
        {state.showOverview ? (
          <p>The graph is empty. Ingest an article or a bundle to start.</p>
        ) : (
          <>
            <p>Nothing on the canvas. Search for an actor, or bring back the overview.</p>
            <button type="button" onClick={commands.showOverview}>
              Show the overview
            </button>
          </>
        )}
      </div>
    );
  }

  return (
    <>
      {message}
      {otherFailures.length > 0 && (
        <div className="canvas-banner" role="alert">
          {describeError(otherFailures[0]?.error)}{' '}
          <button type="button" onClick={graph.retry}>
            Retry
          </button>
        </div>
      )}
      <p className="canvas-summary" aria-live="polite" data-testid="canvas-summary">
        {loading && !empty && <span className="spinner small" aria-hidden="true" />}
        {summary}
        {state.mode === 'thread' && ' · thread view'}
        {wsw && ' · who said what to whom'}
      </p>
    </>
  );
}
