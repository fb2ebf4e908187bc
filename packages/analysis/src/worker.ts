import { expose } from 'comlink';
import { engineApi } from './workerApi.js';

// The same entry runs in a Web Worker and in Node worker_threads (after the Node bootstrap puts a
// comlink endpoint on globalThis).
expose(engineApi);
