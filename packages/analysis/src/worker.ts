import { expose, transferHandlers } from 'comlink';
import { engineApi } from './workerApi.js';

// comlink sends a thrown error as its message, name and stack only; the project's own errors also
// carry what they mean as data (an analysis problem, a refused scenario's issues), which the caller's
// side copies onto the error it throws, so the lab can say them in its language.
const thrown = transferHandlers.get('throw');
if (thrown) {
  transferHandlers.set('throw', {
    canHandle: thrown.canHandle,
    serialize(value) {
      const [serialized, transferables] = thrown.serialize(value);
      const sent = serialized as { isError: boolean; value: object };
      if (!sent.isError) return [serialized, transferables];
      const { problem, issues } = (value as { value: { problem?: unknown; issues?: unknown } }).value;
      return [{ ...sent, value: { ...sent.value, problem, issues } }, transferables];
    },
    deserialize: thrown.deserialize,
  });
}

// The same entry runs in a Web Worker and in Node worker_threads (after the Node bootstrap puts a
// comlink endpoint on globalThis).
expose(engineApi);
