import { describeError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format-date';
import { stringListProp, stringProp } from '../../../lib/graph-properties';
import { useChain } from '../api/get-chain';
import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';

/** The open RESPONDS_TO thread as a list, oldest first, next to its drawing on the canvas. */
export function ThreadPanel() {
  const { state } = useExplorerData();
  const commands = useCanvasCommands();
  const chain = useChain(state.threadStatementId);
  if (!state.threadStatementId) return null;
  const selectedId = state.selection?.type === 'node' ? state.selection.id : null;

  return (
    <section className="panel thread-panel" aria-labelledby="thread-title">
      <h2 id="thread-title">Statement thread</h2>
      <div className="panel-actions thread-actions">
        {state.mode === 'thread' ? (
          <button type="button" onClick={() => commands.setMode('explore')}>
            Back to graph
          </button>
        ) : (
          <button type="button" onClick={() => commands.setMode('thread')}>
            Thread view
          </button>
        )}
        <button type="button" onClick={commands.closeThread} aria-label="Close the thread">
          Close
        </button>
      </div>
      {chain.isPending && <p role="status">Loading the thread…</p>}
      {chain.isError && <p role="alert">{describeError(chain.error)}</p>}
      {chain.data && (
        <ol className="thread-list" aria-label="Oldest first">
          {chain.data.statements.map((statement) => {
            const date = stringProp(statement, 'date');
            const lang = stringProp(statement, 'lang');
            return (
              <li key={statement.id}>
                <button
                  type="button"
                  className={`thread-item${statement.id === selectedId ? ' current' : ''}`}
                  aria-current={statement.id === selectedId ? 'true' : undefined}
                  onClick={() => commands.select(statement.id)}
                >
                  <span className="thread-speaker">
                    {stringListProp(statement, 'speakerNames').join(' / ')}
                  </span>
                  {date && (
                    <span className="thread-date">
                      {formatDate(date, stringProp(statement, 'datePrecision'))}
                    </span>
                  )}
                  <span className="thread-text" lang={lang}>
                    {stringProp(statement, 'summaryEn') ?? stringProp(statement, 'text')}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
