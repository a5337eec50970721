// Sharing a view: a link that reopens it, saved on the server when it is long.
export { ShareButton, type CurrentView } from './components/share-button';
