import { readFileSync, writeFileSync } from 'node:fs';
import { baselineTable, checkBaseline, plausibilityTable } from '../packages/analysis/src/index.js';
import { parseScenario } from '../packages/engine/src/index.js';

/**
 * docs/calibration.md's two tables (`pnpm docs:calibration`): the baseline over seeds 1–8 at its own
 * scale against every observed figure, and the plausibility checks, from the same function as the
 * calibration test (tests/engine/model/calibration.model.test.ts). Run after a change to the model.
 */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const MARKS = {
  targets: ['<!-- generated: targets (pnpm docs:calibration) -->', '<!-- generated: targets end -->'],
  checks: ['<!-- generated: checks (pnpm docs:calibration) -->', '<!-- generated: checks end -->'],
} as const;

function replaceBetween(markdown: string, [start, end]: readonly [string, string], table: string): string {
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/calibration.md lacks the marks ${start} … ${end}`);
  return `${markdown.slice(0, from + start.length)}\n\n${table}\n\n${markdown.slice(to)}`;
}

const parsed = parseScenario(JSON.parse(readFileSync(new URL('../scenarios/baseline.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('baseline.json does not parse');
const { rows, checks } = checkBaseline(parsed.scenario, SEEDS);
const path = new URL('../docs/calibration.md', import.meta.url);
let markdown = readFileSync(path, 'utf8');
markdown = replaceBetween(markdown, MARKS.targets, baselineTable(rows));
markdown = replaceBetween(markdown, MARKS.checks, plausibilityTable(checks));
writeFileSync(path, markdown);
const outside = [...rows.filter((r) => !r.holds).map((r) => r.figure), ...checks.filter((c) => !c.holds).map((c) => c.quantity)];
console.log(`docs/calibration.md: ${rows.length} figures, ${checks.length} checks; outside: ${outside.join(', ') || 'none'}`);
