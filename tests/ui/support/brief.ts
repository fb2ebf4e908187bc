import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { parseScenario, runScenario } from '../../../packages/engine/src/index.js';
import type { BriefRuns } from '../../../packages/ui/src/ds-policy-brief/briefFindings.js';

const run = promisify(execFile);

/** Text with its runs of white space (no-break spaces included) made one space. */
export const words = (text: string) => text.replace(/\s+/g, ' ').trim();

function parsed(json: Record<string, unknown>) {
  const result = parseScenario(json);
  if (!result.ok) throw new Error('bad scenario');
  return result.scenario;
}

/** The runs the lab makes for a comparison, made again in Node (the engine's bits are the same there). */
export function nodeRuns(scenarioJson: Record<string, unknown>, baselineJson: Record<string, unknown>) {
  const scenario = parsed(scenarioJson);
  const baseline = { ...parsed(baselineJson), seed: scenario.seed, seeds: scenario.seeds };
  const seeds = Array.from({ length: scenario.seeds }, (_, i) => scenario.seed + i);
  const runs: BriefRuns = {
    scenario: seeds.map((seed) => runScenario(scenario, seed)),
    baseline: seeds.map((seed) => runScenario(baseline, seed)),
    band: 'chance',
  };
  return { scenario, baseline, runs };
}

/** A brief's HTML printed to PDF in Chromium and read back as text (pdftotext), white space made single. */
export async function printedText(context: BrowserContext, html: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ds-ui-brief-print-'));
  try {
    const printer = await context.newPage();
    await printer.setContent(html);
    await writeFile(join(dir, 'brief.pdf'), await printer.pdf({ preferCSSPageSize: true, printBackground: true }));
    await printer.close();
    await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'brief.pdf'), join(dir, 'brief.txt')]);
    return words(await readFile(join(dir, 'brief.txt'), 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
