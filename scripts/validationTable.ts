import { readFileSync, writeFileSync } from 'node:fs';
import { type MeasuredEffect, measureLeverEffect } from '../packages/analysis/src/index.js';
import { findParameter, INDICATORS, LEVER_EFFECTS, parseScenario } from '../packages/engine/src/index.js';

/**
 * docs/validation.md's table of lever effects: every lever's measured effect on its main indicator
 * at its default (paired runs, the same seeds and scale as tests/engine/model/leverEffects.*), beside
 * the range the evidence supports and its source. Run with `pnpm docs:validation` after a change to
 * the model; it takes a few minutes.
 */
export const START_MARK = '<!-- generated table: start (pnpm docs:validation) -->';
export const END_MARK = '<!-- generated table: end -->';
export const VALIDATION_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
export const VALIDATION_PERSONS_PER_AGENT = 400;

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const number = (x: number) => (Math.abs(x) >= 0.01 || x === 0 ? x.toFixed(3) : x.toExponential(1));

function row(m: MeasuredEffect): string {
  const e = m.effect;
  const lever = findParameter(e.lever)?.definition;
  const indicator = INDICATORS.find((i) => i.id === e.indicator);
  const measured = `${number(m.estimate)} (${number(m.low)} to ${number(m.high)})`;
  return [
    `\`${e.lever}\` (default ${lever?.default} ${cell(lever?.unit ?? '')}, step ±${e.step})`,
    `\`${e.indicator}\` (${cell(indicator?.unit ?? '')}), ${e.year}`,
    e.measure,
    measured,
    `${number(e.range[0])} to ${number(e.range[1])}`,
    e.basis,
    cell(e.source),
    m.holds ? 'yes' : '**no**',
  ].join(' | ');
}

export function validationTable(measured: readonly MeasuredEffect[]): string {
  return [
    START_MARK,
    '',
    '| lever | main indicator, year | measure | model: estimate (90% interval) | evidence range | basis | source | in range |',
    '|---|---|---|---|---|---|---|---|',
    ...measured.map((m) => `| ${row(m)} |`),
    '',
    END_MARK,
  ].join('\n');
}

function main(): void {
  const baselineFile = JSON.parse(readFileSync(new URL('../scenarios/baseline.json', import.meta.url), 'utf8'));
  const parsed = parseScenario({ ...baselineFile, personsPerAgent: VALIDATION_PERSONS_PER_AGENT });
  if (!parsed.ok) throw new Error('baseline.json does not parse');
  const runs = new Map();
  const measured = LEVER_EFFECTS.map((effect, k) => {
    process.stderr.write(`${k + 1}/${LEVER_EFFECTS.length} ${effect.lever}\n`);
    return measureLeverEffect(effect, parsed.scenario, VALIDATION_SEEDS, runs);
  });
  const path = new URL('../docs/validation.md', import.meta.url);
  const markdown = readFileSync(path, 'utf8');
  const start = markdown.indexOf(START_MARK);
  const end = markdown.indexOf(END_MARK);
  if (start < 0 || end < start) throw new Error('docs/validation.md lacks the generated-table marks');
  writeFileSync(path, markdown.slice(0, start) + validationTable(measured) + markdown.slice(end + END_MARK.length));
  const missed = measured.filter((m) => !m.holds).map((m) => m.effect.lever);
  console.log(`docs/validation.md: ${measured.length} lever effects measured; outside their range: ${missed.join(', ') || 'none'}`);
}

main();
