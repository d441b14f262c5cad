import { defineConfig } from 'vite';

// `npm start`: the demo pages (index.html, fr.html) on the sample feeds in public/feeds/.
export default defineConfig({
  appType: 'mpa',
  server: {
    port: 5173,
  },
});
