import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LabBrowser, launchBrowser } from './support/browser.js';
import { ensureBuilt, ROOT, type SiteBuild } from './support/build.js';
import { collectErrors } from './support/lab.js';
import { type StaticSite, serveStatic } from './support/staticServer.js';

// The same bits in Node and in Debian's Chromium: every shipped scenario, 4 seeds, 2021–2024 at a
// coarse scale, run by `sim run` (the bundled command line, in Node's worker threads) and by the lab's
// Web Worker client in Chromium; both series.csv texts, written by the same writer, must be equal
// byte for byte. A difference is reported cell by cell (seed, step, indicator, both values).

const run = promisify(execFile);
const SEEDS = [1, 2, 3, 4];
const END_YEAR = 2024;
const PERSONS_PER_AGENT = 1000;
const SIM = join(ROOT, 'packages/cli/bin/sim.mjs');

const CROSS_ENGINE_PAGE: SiteBuild = {
  name: 'cross-engine',
  inputs: ['tests/ui/crossEngine', 'packages/ui/src/engine-client', 'packages/engine/src', 'packages/analysis/src'],
  viteArguments: ['--config', join(ROOT, 'tests/ui/crossEngine/vite.config.mjs')],
};

let site: StaticSite;
let browser: LabBrowser;
let page: Page;
let errors: string[];
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cross-engine-'));
  site = await serveStatic(await ensureBuilt(CROSS_ENGINE_PAGE));
  browser = await launchBrowser();
  page = await browser.context.newPage();
  errors = collectErrors(page);
  await page.goto(site.url);
  await page.waitForFunction(() => 'crossEngine' in globalThis);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

/** The first cells that differ, as "seed 2 step 13 bilateral.trade_usd: 5420524742.838712 ≠ …711". */
function differences(node: string, browser: string, limit = 5): string[] {
  const [header, ...a] = node.trimEnd().split('\n');
  const b = browser.trimEnd().split('\n').slice(1);
  const columns = header.split(',');
  const found: string[] = [];
  if (a.length !== b.length) found.push(`${a.length} rows in Node, ${b.length} in Chromium`);
  for (let r = 0; r < Math.min(a.length, b.length) && found.length < limit; r++) {
    const x = a[r].split(',');
    const y = b[r].split(',');
    for (let c = 0; c < columns.length && found.length < limit; c++) {
      if (x[c] !== y[c]) found.push(`seed ${x[0]} step ${x[1]} ${columns[c]}: ${x[c]} (Node) ≠ ${y[c]} (Chromium)`);
    }
  }
  return found;
}

const FILES = (await readdir(join(ROOT, 'scenarios'))).filter((name) => name.endsWith('.json') && name !== 'schema.json').sort();

describe('Node and Chromium give the same series.csv, byte for byte', () => {
  it.each(FILES)('%s', async (name) => {
    const scenario = JSON.parse(await readFile(join(ROOT, 'scenarios', name), 'utf8'));
    const text = JSON.stringify({
      ...scenario,
      endYear: END_YEAR,
      personsPerAgent: PERSONS_PER_AGENT,
      seed: SEEDS[0],
      seeds: SEEDS.length,
    });
    const file = join(directory, name);
    await writeFile(file, text);
    await run(process.execPath, [SIM, 'run', file, '--out', join(directory, `${name}.out`)], { cwd: directory });
    const node = await readFile(join(directory, `${name}.out`, 'series.csv'), 'utf8');
    const chromium = await page.evaluate(
      ([scenarioText, seeds]) =>
        (globalThis as unknown as { crossEngine: { series(text: string, seeds: number[]): Promise<string> } }).crossEngine.series(
          scenarioText,
          seeds,
        ),
      [text, SEEDS] as const,
    );
    const rows = node.trimEnd().split('\n');
    expect(rows).toHaveLength(1 + SEEDS.length * (END_YEAR - 2020) * 4);
    expect(differences(node, chromium)).toEqual([]);
    expect(chromium === node).toBe(true);
    expect(errors).toEqual([]);
  });
});
