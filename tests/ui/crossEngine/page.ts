import type { RunTask } from '../../../packages/analysis/src/index.js';
import { seriesHeader, seriesRows } from '../../../packages/analysis/src/output/seriesCsv.js';
import { BrowserWorkers } from '../../../packages/ui/src/engine-client/browserWorkers.js';

/**
 * The engine in the browser as the lab runs it: each seed a task for the lab's own Web Worker client
 * (engine-client/browserWorkers.ts, whose worker is the analysis package's worker entry), the results
 * written by the writer `sim run` uses. The cross-engine test calls `crossEngine.series` and compares
 * the text with `sim run`'s series.csv, byte for byte.
 */
async function series(scenarioText: string, seeds: readonly number[]): Promise<string> {
  const workers = new BrowserWorkers();
  const worker = await workers.factory('cross-engine')();
  try {
    let text = '';
    for (const seed of seeds) {
      const task: RunTask = { scenarioText, seed };
      const { result } = await worker.run(task);
      if (text === '') text = seriesHeader(result.indicatorIds);
      text += seriesRows(result);
    }
    return text;
  } finally {
    workers.dispose();
  }
}

Object.assign(globalThis, { crossEngine: { series } });
