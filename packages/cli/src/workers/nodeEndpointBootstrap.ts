import { parentPort } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';

// The engine's worker entry calls comlink's expose() on the global scope, as in a browser; here the
// global scope's messaging is Node's parentPort, adapted by comlink.
if (!parentPort) throw new Error('this module runs only inside a worker thread');
const endpoint = nodeEndpoint(parentPort);
Object.assign(globalThis, {
  postMessage: endpoint.postMessage.bind(endpoint),
  addEventListener: endpoint.addEventListener.bind(endpoint),
  removeEventListener: endpoint.removeEventListener.bind(endpoint),
});
await import('@diaspora-sim/analysis/worker');
