import {
  CALIBRATION_TARGETS,
  INDICATOR_TARGETS,
  INDICATORS,
  type IndicatorTarget,
  REGION_INDICATORS,
  runScenario,
  type Scenario,
} from '@diaspora-sim/engine';
import { calendarYearValues } from '../ensemble/calendarYear.js';

/**
 * The baseline against every observed figure it can be compared with, over several seeds at the
 * baseline's own scale: the project's indicator targets (how each is met: by construction, fitted or
 * emerging) and the figures that are no indicator (a region's population on a date, a stock at the
 * start). Tolerances as the model issue sets them: 15% for stocks, 25% for flows, and 5 points for
 * shares (a relative tolerance means little for a share of 0.1). The calibration test asserts every
 * row; `pnpm docs:calibration` writes the table into docs/calibration.md.
 */
export interface BaselineRow {
  readonly figure: string;
  readonly year: string;
  readonly target: number;
  readonly simulated: number;
  readonly unit: string;
  readonly measure: 'stock' | 'flow' | 'share';
  readonly how: IndicatorTarget['how'];
  readonly fitted?: readonly string[];
  /** |simulated/target − 1| for stocks and flows, |simulated − target| for shares. */
  readonly error: number;
  readonly tolerance: number;
  readonly holds: boolean;
}

/**
 * A quantity observed outside the targets (another year, another measure), nothing fitted to it: the
 * model should land in a plausible range around it (the range is the judgment, stated in the docs).
 */
export interface PlausibilityCheck {
  readonly quantity: string;
  readonly observed: string;
  readonly model: number;
  readonly unit: string;
  readonly range: readonly [number, number];
  readonly holds: boolean;
}

export interface BaselineCheck {
  readonly rows: BaselineRow[];
  readonly checks: PlausibilityCheck[];
}

export const BASELINE_CHECK_END_YEAR = 2025;
const TOLERANCE = { stock: 0.15, flow: 0.25, share: 0.05 } as const;

function row(fields: Omit<BaselineRow, 'error' | 'tolerance' | 'holds'>): BaselineRow {
  const error = fields.measure === 'share' ? Math.abs(fields.simulated - fields.target) : Math.abs(fields.simulated / fields.target - 1);
  const tolerance = TOLERANCE[fields.measure];
  return { ...fields, error, tolerance, holds: error <= tolerance };
}

const figure = (id: string) => CALIBRATION_TARGETS.find((t) => t.id === id) ?? fail(id);
function fail(id: string): never {
  throw new Error(`no calibration figure ${id}`);
}

export function checkBaseline(baseline: Scenario, seeds: readonly number[]): BaselineCheck {
  const scenario = { ...baseline, endYear: BASELINE_CHECK_END_YEAR };
  const runs = seeds.map((seed) => runScenario(scenario, seed, { regions: true }));
  const yearly = runs.map((run) => calendarYearValues(run));
  const mean = (f: (k: number) => number) => runs.reduce((sum, _, k) => sum + f(k), 0) / runs.length;
  const inYear = (id: string, year: number) =>
    mean((k) => yearly[k].values[yearly[k].years.indexOf(year) * yearly[k].indicatorIds.length + yearly[k].indicatorIds.indexOf(id)]);
  const atStep = (id: string, step: number) =>
    mean((k) => runs[k].values[step * runs[k].indicatorIds.length + runs[k].indicatorIds.indexOf(id)]);
  const regional = (region: string, id: string, step: number) =>
    mean((k) => {
      const run = runs[k];
      const names = run.regionNames ?? [];
      const width = REGION_INDICATORS.length;
      return (run.regionValues as Float64Array)[
        (step * names.length + names.indexOf(region)) * width + REGION_INDICATORS.findIndex((r) => r.id === id)
      ];
    });
  const rows = INDICATOR_TARGETS.map((t) => {
    const indicator = INDICATORS.find((d) => d.id === t.id);
    const kind = indicator?.kind === 'flow' ? 'flow' : indicator?.kind === 'share' ? 'share' : 'stock';
    return row({
      figure: indicator?.label ? `${indicator.label} (${t.id})` : t.id,
      year: String(t.year),
      target: t.value,
      simulated: inYear(t.id, t.year),
      unit: indicator?.unit ?? '',
      measure: kind,
      how: t.how,
      ...(t.fitted && { fitted: t.fitted }),
    });
  });
  // Figures that are no calendar-year indicator value: a date inside a year, a region, the start.
  const turkestan = figure('uz_in_kz.population.turkestan_region');
  const january2024 = figure('uz_in_kz.population_2024');
  const migrants = figure('uz_in_kz.migrants');
  const enrolledUz = figure('uz_to_kz.students_enrolled');
  const enrolledKz = figure('kz_to_uz.students_enrolled');
  rows.push(
    // April 2023: the end of the quarter that starts in January 2023 (step 8).
    row({
      figure: 'Uzbeks in Turkestan region',
      year: 'April 2023',
      target: turkestan.value,
      simulated: regional('Turkestan region', 'population', 8),
      unit: 'persons',
      measure: 'stock',
      how: 'emerges',
    }),
    row({
      figure: 'Uzbeks in Kazakhstan (settled)',
      year: '1 January 2024',
      target: january2024.value,
      simulated: inYear('uz_in_kz.population', 2023),
      unit: 'persons',
      measure: 'stock',
      how: 'emerges',
    }),
    row({
      figure: 'Uzbek labour migrants in Kazakhstan',
      year: 'January 2021',
      target: migrants.value,
      simulated: atStep('uz_in_kz.migrants', 0) - atStep('uz_in_kz.students', 0),
      unit: 'persons',
      measure: 'stock',
      how: 'construction',
    }),
    row({
      figure: 'Uzbek students enrolled in Kazakhstan',
      year: '2018 figure, 2021',
      target: enrolledUz.value,
      simulated: inYear('uz_in_kz.students', 2021),
      unit: 'persons',
      measure: 'stock',
      how: 'construction',
    }),
    row({
      figure: 'Kazakh students enrolled in Uzbekistan',
      year: String(enrolledKz.year),
      target: enrolledKz.value,
      simulated: inYear('kz_in_uz.students', enrolledKz.year),
      unit: 'persons',
      measure: 'stock',
      how: 'emerges',
    }),
  );
  const check = (quantity: string, observed: string, model: number, unit: string, range: [number, number]): PlausibilityCheck => ({
    quantity,
    observed,
    model,
    unit,
    range,
    holds: model >= range[0] && model <= range[1],
  });
  const before = figure('uz_in_kz.population_2009');
  const observedGrowth = (figure('uz_in_kz.population').value / before.value) ** (1 / (2021 - before.year)) - 1;
  const checks = [
    check(
      'Growth of the Uzbek community of Kazakhstan, 2021–2025',
      `${(100 * observedGrowth).toFixed(1)}% a year 2009–2021 (censuses), 3.3% a year 2021 to January 2024`,
      (inYear('uz_in_kz.population', 2025) / inYear('uz_in_kz.population', 2021)) ** (1 / 4) - 1,
      'per year',
      [0.015, 0.045],
    ),
    check(
      'Kazakhs in Uzbekistan, 2025',
      `${figure('kz_in_uz.population_1989').value.toLocaleString('en')} (1989), ${figure('kz_in_uz.population').value.toLocaleString('en')} (2021): roughly flat`,
      inYear('kz_in_uz.population', 2025),
      'persons',
      [0.9 * figure('kz_in_uz.population').value, 1.1 * figure('kz_in_uz.population').value],
    ),
    check(
      'Uzbek labour migrants in Kazakhstan, 2025',
      `about ${figure('uz_in_kz.migrants_before_pandemic').value.toLocaleString('en')} before the pandemic`,
      inYear('uz_in_kz.migrants', 2025) - inYear('uz_in_kz.students', 2025),
      'persons',
      [0.6 * figure('uz_in_kz.migrants_before_pandemic').value, 1.2 * figure('uz_in_kz.migrants_before_pandemic').value],
    ),
  ];
  return { rows, checks };
}

/** The plausibility checks as a markdown table. */
export function plausibilityTable(checks: readonly PlausibilityCheck[]): string {
  const show = (x: number, unit: string) => (unit === 'per year' ? `${(100 * x).toFixed(2)}%` : Math.round(x).toLocaleString('en'));
  return [
    '| quantity | observed | model | plausible range |',
    '|---|---|---|---|',
    ...checks.map(
      (c) =>
        `| ${c.quantity} | ${c.observed} | ${show(c.model, c.unit)}${c.holds ? '' : ' **outside**'} | ${show(c.range[0], c.unit)} to ${show(c.range[1], c.unit)} |`,
    ),
  ].join('\n');
}

const HOW = { construction: 'by construction', fitted: '**fitted**', emerges: 'emerges' } as const;

function formatValue(x: number, measure: BaselineRow['measure']): string {
  if (measure === 'share') return x.toFixed(3);
  if (Math.abs(x) >= 1e9) return `${(x / 1e9).toFixed(2)} bn`;
  if (Math.abs(x) >= 1e7) return `${(x / 1e6).toFixed(0)} M`;
  return Math.round(x).toLocaleString('en');
}

/** The rows as a markdown table (docs/calibration.md). */
export function baselineTable(rows: readonly BaselineRow[]): string {
  const lines = [
    '| figure | when | target | model | error | tolerance | how the model meets it |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const error = r.measure === 'share' ? `${(100 * r.error).toFixed(1)} points` : `${(100 * r.error).toFixed(1)}%`;
      const tolerance = r.measure === 'share' ? `${100 * r.tolerance} points` : `${100 * r.tolerance}%`;
      const how = `${HOW[r.how]}${r.fitted ? `: ${r.fitted.map((id) => `\`${id}\``).join(', ')}` : ''}`;
      return `| ${r.figure} | ${r.year} | ${formatValue(r.target, r.measure)} | ${formatValue(r.simulated, r.measure)} | ${error}${r.holds ? '' : ' **outside**'} | ${tolerance} | ${how} |`;
    }),
  ];
  return lines.join('\n');
}
