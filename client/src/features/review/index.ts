// What people decide about the graph: the queue of facts that need eyes, the log of corrections.
export { EditHistoryButton } from './components/edit-history-button';
export { ReviewQueueButton } from './components/review-queue-button';
