import { fileURLToPath } from 'node:url';

// The cross-engine test's page (index.html, page.ts), built by the lab's vite with the lab's settings
// for workers and targets (packages/ui/vite.config.ts), so its worker is the lab's.
export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
};
