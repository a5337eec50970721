// Raw articles in: paste, preview the extracted facts in their text, add them to the graph.
export { AddArticleButton } from './components/add-article-button';
