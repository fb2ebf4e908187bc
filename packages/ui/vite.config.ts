import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { modelDocs } from './modelDocs.js';

// The policy lab: a static site (relative base, so it works from any folder of any static host, and
// offline), with the engine in module Web Workers.
export default defineConfig({
  base: './',
  plugins: [modelDocs(fileURLToPath(new URL('../../docs/', import.meta.url)))],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // The engine (zod, mathjs) is large by nature; it loads once, in the workers and for validation.
    chunkSizeWarningLimit: 2000,
  },
  optimizeDeps: {
    // pnpm's strict layout: pre-bundle the engine's own dependencies up front, or the first dev load
    // reloads the page when the worker finds them late.
    include: [
      '@diaspora-sim/engine > seedrandom',
      '@diaspora-sim/engine > zod',
      '@diaspora-sim/engine > mathjs',
      '@diaspora-sim/analysis > zod',
      'comlink',
      'lit',
      '@observablehq/plot',
    ],
  },
});
