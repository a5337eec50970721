// What people decided about the graph: the log of corrections, and reverting one.
export { EditHistoryButton } from './components/edit-history-button';
