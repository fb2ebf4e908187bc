import { describe, expect, it } from 'vitest';
import { calibrationTarget, yearlyRate } from '../../../packages/engine/src/data/calibrationTargets.js';
import { createSimulation } from '../../../packages/engine/src/run/simulation.js';
import { INDICATOR_IDS } from '../../../packages/engine/src/scenario/catalog/index.js';
import { Kind } from '../../../packages/engine/src/state/codes.js';
import { baselineWith, indicator } from './support.js';

/**
 * The baseline at its own persons per agent over seeds 1..8, against the observed figures the
 * demography uses. Stocks must be within 15%, flows within 25%. `how` says whether a figure matches
 * by construction (an initial value or a lever default) or emerges from the rules.
 */
const SEEDS = 8;
const STEPS_PER_YEAR = 4;
const resolved = baselineWith({ endYear: 2025 });
const TURKESTAN = resolved.timeline && 0; // region 0 of data/regions.ts

interface Row {
  target: number;
  simulated: number;
  measure: 'stock' | 'flow';
  how: string;
}

function simulate(): { mean: (id: string, year: number, step?: number) => number; turkestanApril2023: number } {
  const width = INDICATOR_IDS.length;
  const steps = resolved.timeline.steps;
  const sums = new Float64Array(steps * width);
  let turkestan = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const simulation = createSimulation(resolved, seed);
    const row = new Float64Array(width);
    for (let t = 0; t < steps; t++) {
      simulation.advance(row, 0);
      for (let k = 0; k < width; k++) sums[t * width + k] += row[k] / SEEDS;
      // April 2023: the end of step 8 (2023 Q1).
      if (t === 8) {
        const p = simulation.state.persons;
        for (let i = 0; i < p.end; i++) {
          if (p.alive[i] && p.kind[i] === Kind.settled && p.region[i] === TURKESTAN) turkestan += p.weight[i] / SEEDS;
        }
      }
    }
  }
  // Mean over a calendar year's steps, or one step's value.
  const mean = (id: string, year: number, step?: number) => {
    if (step !== undefined) return indicator(sums, id, step * width);
    const first = (year - 2021) * STEPS_PER_YEAR;
    let total = 0;
    for (let t = first; t < first + STEPS_PER_YEAR; t++) total += indicator(sums, id, t * width);
    return total / STEPS_PER_YEAR;
  };
  return { mean, turkestanApril2023: turkestan };
}

describe('demography calibration (8 seeds)', () => {
  it('matches the observed figures', () => {
    const { mean, turkestanApril2023 } = simulate();
    const rows: Record<string, Row> = {
      'uz_in_kz.population 2021': {
        target: calibrationTarget('uz_in_kz.population').value,
        simulated: mean('uz_in_kz.population', 2021),
        measure: 'stock',
        how: 'construction (initial value), then births, deaths, transfers, families',
      },
      'uz_in_kz Turkestan region April 2023': {
        target: calibrationTarget('uz_in_kz.population.turkestan_region').value,
        simulated: turkestanApril2023,
        measure: 'stock',
        how: 'initial share by construction, growth 2021–23 emerges',
      },
      'uz_in_kz.population 1 January 2024': {
        target: calibrationTarget('uz_in_kz.population_2024').value,
        simulated: mean('uz_in_kz.population', 2023, 11),
        measure: 'stock',
        how: 'emerges: births, deaths, settling migrants and their families 2021–2023',
      },
      'kz_in_uz.population 2021': {
        target: calibrationTarget('kz_in_uz.population').value,
        simulated: mean('kz_in_uz.population', 2021),
        measure: 'stock',
        how: 'construction (initial value), then births, deaths, returns',
      },
      'uz_in_kz labour migrants January 2021': {
        target: calibrationTarget('uz_in_kz.migrants').value,
        simulated: mean('uz_in_kz.migrants', 2021, 0) - mean('uz_in_kz.students', 2021, 0),
        measure: 'stock',
        how: 'construction (initial value)',
      },
      'uz_to_kz students enrolled (2018 figure; 2021 mean)': {
        target: calibrationTarget('uz_to_kz.students_enrolled').value,
        simulated: mean('uz_in_kz.students', 2021),
        measure: 'stock',
        how: 'initial value by construction; kept by the intake lever × mean stay 2.5 years',
      },
      'kz_to_uz students enrolled 2022': {
        target: calibrationTarget('kz_to_uz.students_enrolled').value,
        simulated: mean('kz_in_uz.students', 2022),
        measure: 'stock',
        how: 'emerges: intake lever default 250 a year × stays of 1–4 years',
      },
      'uz_to_kz students leaving 2024 (a year)': {
        target: yearlyRate(calibrationTarget('uz_to_kz.students_leaving'), 9),
        simulated: mean('uz_in_kz.student_arrivals', 2024),
        measure: 'flow',
        how: 'construction: the intake lever default (1,500 a year)',
      },
      'kz_in_uz returns to Kazakhstan 2025 (a year)': {
        target: yearlyRate(calibrationTarget('kz_in_uz.returns_to_kz'), 9),
        simulated: mean('kz_in_uz.returns_to_kin_state', 2025),
        measure: 'flow',
        how: 'calibrated base rate; the level in 2025 emerges from traits and population',
      },
    };
    const lines = Object.entries(rows).map(([name, r]) => {
      const error = r.simulated / r.target - 1;
      return `${name.padEnd(54)} ${r.measure.padEnd(5)} target ${Math.round(r.target).toLocaleString('en').padStart(9)}  simulated ${Math.round(r.simulated).toLocaleString('en').padStart(9)}  ${(error * 100).toFixed(1).padStart(6)}%  ${r.how}`;
    });
    const growth = (mean('uz_in_kz.population', 2025) / mean('uz_in_kz.population', 2021)) ** (1 / 4) - 1;
    lines.push(
      `plausibility: uz_in_kz growth 2021–2025 ${(growth * 100).toFixed(2)}% a year (2.5% observed 2009–2021, 3.3% census 2021 to 2024); ` +
        `kz_in_uz 2025 ${Math.round(mean('kz_in_uz.population', 2025)).toLocaleString('en')} (808,200 in 2021, 821,200 in 1989); ` +
        `labour migrants 2025 ${Math.round(mean('uz_in_kz.migrants', 2025) - mean('uz_in_kz.students', 2025)).toLocaleString('en')} (about 360,000 before the pandemic)`,
    );
    console.log(lines.join('\n'));
    for (const [name, r] of Object.entries(rows)) {
      const tolerance = r.measure === 'stock' ? 0.15 : 0.25;
      expect(Math.abs(r.simulated / r.target - 1), name).toBeLessThanOrEqual(tolerance);
    }
    expect(growth).toBeGreaterThan(0.015);
    expect(growth).toBeLessThan(0.045);
  });
});
