import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const DEFAULT_DEV_API_PORT = 8080;
const apiPort = Number(process.env.PARLEY_DEV_API_PORT ?? DEFAULT_DEV_API_PORT);

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': `http://localhost:${apiPort}` },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Budgets are checked in gzip by `npm run size`; Cytoscape alone passes Vite's default.
    chunkSizeWarningLimit: 1_000,
  },
});
