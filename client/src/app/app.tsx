import { kindOfId } from '@parley/graph-schema';
import type { QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { AddArticleButton } from '../features/add-article';
import { ExportMenu } from '../features/export';
import {
  adoptSavedView,
  currentView,
  FilterPanel,
  GraphCanvas,
  Legend,
  ModeSwitch,
  ThreadPanel,
  useCanvasCommands,
  useExplorerData,
  useExportSource,
  useNodeSelection,
  useViewTitle,
} from '../features/explorer';
import { useStatementSteps } from '../features/node-details';
import { EditHistoryButton, ReviewQueueButton } from '../features/review';
import { SearchBox } from '../features/search';
import { ShareButton } from '../features/share';
import { DetailsColumn } from './details-column';
import { AppProviders } from './providers';
import { useDocumentTitle } from './use-document-title';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

function Explorer() {
  const searchInput = useRef<HTMLInputElement>(null);
  const { state } = useExplorerData();
  const commands = useCanvasCommands();
  const selectedId = state.selection?.type === 'node' ? state.selection.id : undefined;
  const steps = useStatementSteps(
    selectedId,
    selectedId !== undefined && kindOfId(selectedId) === 'statement',
  );
  const { ids: chosenNodeIds } = useNodeSelection();
  useKeyboardShortcuts({ state, commands, steps, searchInput, chosenNodeIds });
  useDocumentTitle(useViewTitle());
  const exportSource = useExportSource();

  return (
    <div className="app">
      <a className="skip-link" href="#details">
        Skip to details
      </a>
      <header className="app-header">
        <h1 className="brand">
          <img src="/favicon.svg" alt="" width="24" height="24" /> Parley
        </h1>
        <SearchBox onChoose={(result) => commands.focus(result.id)} inputRef={searchInput} />
        <ModeSwitch />
        <div className="header-actions">
          <AddArticleButton onShowArticle={(id) => commands.focus(id)} />
          <ReviewQueueButton onFix={(id) => commands.reveal(id)} />
          <EditHistoryButton onShow={(id) => commands.focus(id)} />
          <ShareButton currentView={currentView} onSaved={adoptSavedView} />
          <ExportMenu source={exportSource} />
        </div>
      </header>
      <div className="app-body">
        <main className="canvas-column">
          <GraphCanvas
            onOpenDetails={() => document.getElementById('details')?.focus()}
            renderSelectionExport={(source) => <ExportMenu source={source} />}
          />
        </main>
        <ThreadPanel />
        <aside id="details" className="sidebar sidebar-details" aria-label="Details" tabIndex={-1}>
          <DetailsColumn />
        </aside>
        <aside className="sidebar sidebar-filters" aria-label="Filters and legend">
          <FilterPanel />
          <Legend />
        </aside>
      </div>
    </div>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <Explorer />
    </AppProviders>
  );
}
