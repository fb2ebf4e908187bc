// The lab's Web Worker: the engine's own comlink entry, unchanged, plus one diagnostics hook.
import '@diaspora-sim/analysis/worker';

// The browser tests make a worker fail the way a real crash does (an uncaught error inside the
// worker), to check that the lab reports it, replaces the worker and retries the run.
self.addEventListener('message', (event: MessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'ds:simulate-crash') {
    setTimeout(() => {
      throw new Error('simulated worker crash (diagnostics hook)');
    });
  }
});
