/**
 * The lab's own engine worker, as the built site ships it, timed in Debian's Chromium and in Node
 * (worker_threads) in the same run: `npx tsx bench/labWorker.bench.ts [dist folder]`. The page and
 * Node speak comlink's wire format to the worker directly (no lab around it), so only the worker
 * runs: its warm-up, then runs of the default scenario one after another, sliced as the lab runs them
 * (`runTask`), then unsliced (`run`, no yields). Per run: the round trip (post to result), the worker's
 * own time, and their difference (messages, clone of the result). BENCH_RUNS (default 5) runs each.
 */
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { launchBrowser } from '../tests/ui/support/browser.js';
import { ensureBuilt, ROOT } from '../tests/ui/support/build.js';
import { serveStatic } from '../tests/ui/support/staticServer.js';
import { type ProbeTimes, probeWorker } from './labWorkerProbe.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The same probe in Node: the bundle in a worker thread whose global scope speaks as a Web Worker's. */
async function probeInNode(workerFile: string, scenarioText: string): Promise<ProbeTimes> {
  const folder = await mkdtemp(join(tmpdir(), 'lab-worker-'));
  try {
    await copyFile(workerFile, join(folder, 'engineWorker.mjs'));
    const bootstrap = join(folder, 'bootstrap.mjs');
    await writeFile(
      bootstrap,
      `import { parentPort } from 'node:worker_threads';
const listeners = [];
const early = [];
parentPort.on('message', (data) => { if (!listeners.length) early.push(data); for (const l of listeners) l({ data }); });
Object.assign(globalThis, {
  postMessage: (m) => parentPort.postMessage(m),
  addEventListener: (_, l) => { listeners.push(l); for (const data of early.splice(0)) l({ data }); },
  removeEventListener() {},
});
await import('./engineWorker.mjs');`,
    );
    const worker = new Worker(bootstrap);
    const port = {
      post: (message: unknown) => worker.postMessage(message),
      listen: (listener: (data: unknown) => void) => worker.on('message', listener),
    };
    try {
      return await probeWorker(port, scenarioText, RUNS, () => performance.now());
    } finally {
      await worker.terminate();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function report(label: string, times: ProbeTimes): void {
  const line = (name: string, runs: { roundTripMs: number; workerMs: number }[]) => {
    const trips = runs.map((r) => r.roundTripMs);
    const work = runs.map((r) => r.workerMs);
    const overhead = runs.map((r) => r.roundTripMs - r.workerMs);
    console.log(
      `${label} ${name}: round trip ${trips.map((t) => t.toFixed(0)).join(' / ')} ms (median ${median(trips).toFixed(0)}); ` +
        `in the worker median ${median(work).toFixed(0)} ms; messages and clone median ${median(overhead).toFixed(1)} ms`,
    );
  };
  console.log(`${label}: worker loaded ${times.loadMs.toFixed(0)} ms, warm-up ${times.warmUpMs.toFixed(0)} ms`);
  line('sliced (runTask, as the lab)', times.sliced);
  line('unsliced (run)', times.unsliced);
  for (const { slices: d } of times.sliced) {
    if (!d) continue;
    const q = d.quarterMs.map((x: number) => x.toFixed(0));
    console.log(
      `${label}   set-up ${d.setUpMs.toFixed(0)} ms, quarters ${d.quartersMs.toFixed(0)} ms, ${d.yields} yields ${d.betweenSlicesMs.toFixed(0)} ms; quarters ${q.slice(0, 8).join(' ')} … ${q.slice(-4).join(' ')}`,
    );
  }
  if (!times.sameBits) console.log(`${label}: SLICED AND UNSLICED RUNS DIFFER`);
}

async function main() {
  const dist = process.argv[2] ?? (await ensureBuilt());
  const workerName = (await readdir(join(dist, 'assets'))).find((f) => f.startsWith('engineWorker') && f.endsWith('.js'));
  if (!workerName) throw new Error(`no engineWorker-*.js in ${dist}/assets`);
  const { $schema: _schema, ...scenario } = JSON.parse(await readFile(join(ROOT, 'scenarios/baseline.json'), 'utf8'));
  const scenarioText = JSON.stringify(scenario);
  console.log(`${dist}/assets/${workerName}; ${scenario.personsPerAgent} persons per agent, ${scenario.startYear}–${scenario.endYear}`);
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    page.on('console', (m) => console.log(`page: ${m.text()}`));
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
    page.on('worker', (w) => console.log(`worker started: ${w.url()}`));
    await page.goto(`${site.url}probe`);
    const inBrowser = await page.evaluate(
      async ({ source, url, text, runs }) => {
        (globalThis as unknown as { __name: unknown }).__name = (f: unknown) => f;
        const probe = new Function(`return (${source})`)() as typeof probeWorker;
        // The page's Worker (the name Worker here is Node's, imported above).
        type PageWorker = {
          postMessage(m: unknown): void;
          onerror: ((e: { message: string }) => void) | null;
          onmessage: ((e: { data: unknown }) => void) | null;
        };
        const PageWorkerClass = (globalThis as unknown as { Worker: new (u: string, o: object) => PageWorker }).Worker;
        const worker = new PageWorkerClass(url, { type: 'module' });
        worker.onerror = (e) => console.log(`worker error: ${e.message}`);
        const port = {
          post: (m: unknown) => worker.postMessage(m),
          listen: (l: (d: unknown) => void) => {
            worker.onmessage = (e) => l(e.data);
          },
        };
        return probe(port, text, runs, () => performance.now());
      },
      { source: probeWorker.toString(), url: `${site.url}assets/${workerName}`, text: scenarioText, runs: RUNS },
    );
    report('Chromium', inBrowser);
    const inNode = await probeInNode(join(dist, 'assets', workerName), scenarioText);
    report('Node', inNode);
    const ratio = (pick: (t: ProbeTimes) => number) => (pick(inBrowser) / pick(inNode)).toFixed(2);
    console.log(
      `Chromium / Node, median in the worker: sliced ${ratio((t) => median(t.sliced.map((r) => r.workerMs)))}, unsliced ${ratio((t) => median(t.unsliced.map((r) => r.workerMs)))}`,
    );
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
