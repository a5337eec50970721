// The explorer's public surface: what the app composes. Everything else stays inside.
export { GraphCanvas } from './components/graph-canvas';
export { FilterPanel } from './components/filter-panel';
export { Legend } from './components/legend';
export { ModeSwitch } from './components/mode-switch';
export { ThreadPanel } from './components/thread-panel';
export { SHORTCUT_HINTS } from './components/shortcut-hints';
export { ExplorerDataProvider, useExplorerData } from './data/explorer-data';
export { startFirstView } from './data/start-first-view';
export { useCanvasCommands, type CanvasCommands } from './data/use-canvas-commands';
export { useSelectedEdge, useSelectedPair, type SelectedEdge } from './data/use-selected-links';
export type { CanvasState } from './state/canvas-state';
export { requestFit, requestZoomIn, requestZoomOut } from './state/viewport-requests';
export { CytoscapeProvider } from './controllers/cytoscape-context';
export { useExportSource } from './data/use-export-source';
export { useViewTitle } from './data/use-view-title';
export { adoptSavedView, bindViewToLocation, currentView } from './location/location-binding';
export { WhoSaidWhatList } from './components/who-said-what-list';
export { PathFinder } from './components/path-finder';
