import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import type { ViewMode } from '@parley/graph-schema';

const MODE_LABELS: Record<ViewMode, string> = {
  explore: 'Explore',
  thread: 'Thread',
  'who-said-what': 'Who said what to whom',
};

/** The three ways of looking at the graph; the thread only once a statement's thread is open. */
export function ModeSwitch() {
  const { state } = useExplorerData();
  const { setMode } = useCanvasCommands();
  const modes: ViewMode[] = state.threadStatementId
    ? ['explore', 'thread', 'who-said-what']
    : ['explore', 'who-said-what'];
  return (
    <div className="mode-switch" role="radiogroup" aria-label="View">
      {modes.map((mode) => (
        <button
          key={mode}
          type="button"
          role="radio"
          aria-checked={state.mode === mode}
          className={state.mode === mode ? 'active' : undefined}
          onClick={() => setMode(mode)}
        >
          {MODE_LABELS[mode]}
        </button>
      ))}
    </div>
  );
}
