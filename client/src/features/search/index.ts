export { SearchBox } from './components/search-box';
export { PartySearch } from './components/party-search';
