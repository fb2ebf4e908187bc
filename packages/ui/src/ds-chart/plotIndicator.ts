import type { IndicatorDefinition } from '@diaspora-sim/engine';
import * as Plot from '@observablehq/plot';
import type { ChartMode } from '../events.js';
import { axisLabel, tickFormatter } from '../lib/format.js';
import type { IndicatorSeries } from '../lib/stats.js';
import { COLOURS } from '../theme.js';

export interface PlotOptions {
  readonly width: number;
  readonly height: number;
  readonly mode: ChartMode;
  readonly cursorYear?: number;
}

/**
 * One small multiple: baseline and scenario medians with their p5–p95 bands, or the paired
 * difference with its spread and the confidence interval of its mean. The baseline line is dashed
 * so the two stay apart without colour.
 */
export function plotIndicator(indicator: IndicatorDefinition, series: IndicatorSeries, options: PlotOptions): SVGSVGElement {
  const n = series.years.length;
  const data = { length: n };
  const x = series.years;
  const marks: Plot.Markish[] = [];
  if (options.mode === 'levels') {
    const { baseline: b, scenario: s } = series;
    marks.push(
      Plot.areaY(data, { x, y1: b.low, y2: b.high, fill: COLOURS.baselineBand, fillOpacity: 0.75 }),
      Plot.areaY(data, { x, y1: s.low, y2: s.high, fill: COLOURS.scenarioBand, fillOpacity: 0.6 }),
      Plot.lineY(data, { x, y: b.median, stroke: COLOURS.baseline, strokeWidth: 2, strokeDasharray: '5,3' }),
      Plot.lineY(data, { x, y: s.median, stroke: COLOURS.scenario, strokeWidth: 2 }),
    );
  } else {
    const d = series.difference;
    marks.push(
      Plot.ruleY([0], { stroke: COLOURS.baseline, strokeDasharray: '5,3' }),
      Plot.areaY(data, { x, y1: d.low, y2: d.high, fill: COLOURS.differenceBand, fillOpacity: 0.9 }),
      Plot.areaY(data, { x, y1: d.ciLow, y2: d.ciHigh, fill: COLOURS.differenceInner, fillOpacity: 0.9 }),
      Plot.lineY(data, { x, y: d.mean, stroke: COLOURS.difference, strokeWidth: 2 }),
    );
  }
  if (options.cursorYear !== undefined) marks.push(Plot.ruleX([options.cursorYear], { stroke: COLOURS.cursor, strokeOpacity: 0.55 }));
  const svg = Plot.plot({
    width: options.width,
    height: options.height,
    marginLeft: 52,
    marginRight: 12,
    marginTop: 14,
    marginBottom: 26,
    style: { fontSize: '11px', color: '#2b3137', background: 'transparent', overflow: 'visible' },
    x: { label: null, tickFormat: (v: number) => String(Math.round(v)), ticks: Math.max(2, Math.floor(options.width / 80)) },
    y: {
      label: options.mode === 'levels' ? axisLabel(indicator.unit) : `change: ${axisLabel(indicator.unit)}`,
      labelAnchor: 'top',
      grid: true,
      nice: true,
      tickFormat: tickFormatter(indicator.unit),
      ticks: 4,
      zero: options.mode === 'difference',
    },
    marks,
  }) as SVGSVGElement;
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}
