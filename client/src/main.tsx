import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { bindViewToLocation, startFirstView } from './features/explorer';
import './app/styles/base.css';
import './app/styles/layout.css';
import './app/styles/panels.css';
import './app/styles/search.css';
import './app/styles/filters.css';
import './app/styles/details.css';
import './app/styles/thread-and-pairs.css';
import './app/styles/canvas.css';
import './app/styles/share-export.css';
import './app/styles/add-article.css';
import './app/styles/corrections.css';
import './app/styles/review.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before the first render, so a shared link opens without the first view flashing by.
bindViewToLocation();
const queryClient = createQueryClient();
startFirstView(queryClient);

createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
