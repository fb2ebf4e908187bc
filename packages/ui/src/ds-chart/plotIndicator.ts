import type { IndicatorDefinition } from '@diaspora-sim/engine';
import * as Plot from '@observablehq/plot';
import type { ChartMode } from '../events.js';
import { axisFor, formatChange, formatValue } from '../lib/format.js';
import type { IndicatorSeries } from '../lib/stats.js';
import { COLOURS } from '../theme.js';
import { CHART_TEXT as T } from './messages.js';

export interface PlotOptions {
  readonly width: number;
  readonly height: number;
  readonly mode: ChartMode;
  /** The calendar year the cards and captions speak of (shaded). */
  readonly year?: number;
  /** Values per calendar year (x holds whole years) rather than per quarter. */
  readonly yearly?: boolean;
  /** Index of a point whose tip stays shown (keyboard focus); pointer tips come on hover anyway. */
  readonly focusIndex?: number;
}

const when = (year: number, yearly: boolean) => (yearly ? String(year) : T.quarter(Math.floor(year), Math.round((year % 1) * 4) + 1));

/** The words of one point's tip. */
export function tipText(indicator: IndicatorDefinition, s: IndicatorSeries, i: number, mode: ChartMode, yearly: boolean): string {
  const u = indicator.unit;
  const v = (x: number) => formatValue(x, u);
  const c = (x: number) => formatChange(x, u);
  const d = s.difference;
  if (mode === 'difference') return `${when(s.years[i], yearly)}\n${T.tipDifference(c(d.mean[i]), c(d.ciLow[i]), c(d.ciHigh[i]))}`;
  return `${when(s.years[i], yearly)}\n${T.tipLevels(v(s.scenario.median[i]), v(s.scenario.low[i]), v(s.scenario.high[i]), v(s.baseline.median[i]))}`;
}

/**
 * One small multiple: baseline and scenario medians with their p5–p95 bands, or the paired
 * difference with its spread and the confidence interval of its mean. Bands carry edge lines (the
 * baseline's dashed) so that overlapping bands stay apart; the baseline's dashed median is drawn
 * last, so it shows even where it equals the scenario's. Tips on hover (Plot's pointer) and at a
 * focused point.
 */
export function plotIndicator(indicator: IndicatorDefinition, series: IndicatorSeries, options: PlotOptions): SVGSVGElement {
  const n = series.years.length;
  const data = { length: n };
  const x = series.years;
  const yearly = options.yearly ?? false;
  const marks: Plot.Markish[] = [];
  const levels = options.mode === 'levels';
  if (options.year !== undefined) {
    marks.push(
      Plot.rectX([options.year], { x1: (y: number) => y - (yearly ? 0.5 : 0), x2: (y: number) => y + (yearly ? 0.5 : 1), fill: '#eceef1' }),
    );
  }
  let y: Float64Array;
  let values: ArrayLike<number>[];
  if (levels) {
    const { baseline: b, scenario: s } = series;
    y = s.median;
    values = [b.low, b.high, s.low, s.high, b.median, s.median];
    marks.push(
      Plot.areaY(data, { x, y1: b.low, y2: b.high, fill: COLOURS.baselineBand, fillOpacity: 0.55 }),
      Plot.areaY(data, { x, y1: s.low, y2: s.high, fill: COLOURS.scenarioBand, fillOpacity: 0.55 }),
      Plot.lineY(data, { x, y: b.low, stroke: COLOURS.baseline, strokeWidth: 0.8, strokeDasharray: '2,2' }),
      Plot.lineY(data, { x, y: b.high, stroke: COLOURS.baseline, strokeWidth: 0.8, strokeDasharray: '2,2' }),
      Plot.lineY(data, { x, y: s.low, stroke: COLOURS.scenario, strokeWidth: 0.8, strokeOpacity: 0.7 }),
      Plot.lineY(data, { x, y: s.high, stroke: COLOURS.scenario, strokeWidth: 0.8, strokeOpacity: 0.7 }),
      Plot.lineY(data, { x, y: s.median, stroke: COLOURS.scenario, strokeWidth: 2.5 }),
      Plot.lineY(data, { x, y: b.median, stroke: COLOURS.baseline, strokeWidth: 1.8, strokeDasharray: '5,3' }),
    );
  } else {
    const d = series.difference;
    y = d.mean;
    values = [d.low, d.high, d.ciLow, d.ciHigh, d.mean];
    marks.push(
      Plot.ruleY([0], { stroke: COLOURS.baseline, strokeDasharray: '5,3' }),
      Plot.areaY(data, { x, y1: d.low, y2: d.high, fill: COLOURS.differenceBand, fillOpacity: 0.9 }),
      Plot.areaY(data, { x, y1: d.ciLow, y2: d.ciHigh, fill: COLOURS.differenceInner, fillOpacity: 0.9 }),
      Plot.lineY(data, { x, y: d.mean, stroke: COLOURS.difference, strokeWidth: 2 }),
    );
  }
  const finite = values.flatMap((a) => Array.from(a)).filter(Number.isFinite);
  const axis = axisFor(Math.min(...finite, Infinity), Math.max(...finite, -Infinity), indicator.unit, !levels);
  // The title channel holds each point's index and the tip's format makes its words: Plot formats
  // only the points it shows (the one pointed at, the focused one), not all of them at every redraw.
  const format = (i: number) => tipText(indicator, series, i, options.mode, yearly);
  marks.push(Plot.tip(data, Plot.pointerX({ x, y, title: (_: unknown, i: number) => i, format, fontSize: 11 })));
  const f = options.focusIndex;
  if (f !== undefined && f >= 0 && f < n) {
    marks.push(Plot.dot([f], { x: [x[f]], y: [y[f]], r: 3.5, fill: COLOURS.cursor }));
    marks.push(Plot.tip([f], { x: [x[f]], y: [y[f]], title: [f], format, fontSize: 11 }));
  }
  return Plot.plot({
    width: options.width,
    height: options.height,
    marginLeft: 54,
    marginRight: 14,
    marginTop: 26,
    marginBottom: 24,
    style: { fontSize: '11px', color: '#2b3137', background: 'transparent', overflow: 'visible' },
    x: { label: null, tickFormat: (v: number) => String(Math.round(v)), ticks: Math.max(2, Math.floor(options.width / 80)) },
    y: {
      label: axis.label,
      labelAnchor: 'top',
      labelArrow: 'none',
      labelOffset: 50,
      grid: true,
      domain: axis.domain,
      ticks: axis.ticks,
      tickFormat: axis.format,
    },
    marks,
  }) as SVGSVGElement;
}
