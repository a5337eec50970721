import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles/base.css';
import './app/styles/layout.css';
import './app/styles/panels.css';
import './app/styles/search.css';
import './app/styles/filters.css';
import './app/styles/details.css';
import './app/styles/thread-and-pairs.css';
import './app/styles/canvas.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
