import { expect, it } from 'vitest';
import { createNodeEngineWorker } from '../../packages/cli/src/workers/createNodeEngineWorker.js';

it('worker pings', async () => {
  const w = createNodeEngineWorker();
  expect(await w.api.ping()).toBe('pong');
  await w.terminate();
});
