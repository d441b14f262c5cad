import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <news-card>, <news-article> and <news-trending> before React renders them.
import 'news-widgets';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
