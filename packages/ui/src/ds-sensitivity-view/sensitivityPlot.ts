import type { SensitivityResult } from '@diaspora-sim/analysis';
import * as Plot from '@observablehq/plot';
import { localAllParameters } from '../lib/catalogText.js';
import { axisFor } from '../lib/format.js';
import { COLOURS } from '../theme.js';
import { SENSITIVITY_TEXT as T } from './messages.js';

export interface Bar {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly measure: string;
}

/** One bar per input (Morris μ*), or two (Sobol total and first order), each with its bootstrap interval. */
export function sensitivityBars(result: SensitivityResult): Bar[] {
  const label = (id: string) => localAllParameters().find((d) => d.id === id)?.label ?? id;
  if (result.method === 'morris')
    return result.rows.map((r) => ({
      id: r.parameter,
      label: label(r.parameter),
      value: r.muStar,
      low: r.muStarLow,
      high: r.muStarHigh,
      measure: T.muStar,
    }));
  return result.rows.flatMap((r) => [
    { id: r.parameter, label: label(r.parameter), value: r.ST, low: r.STLow, high: r.STHigh, measure: T.totalOrder },
    { id: r.parameter, label: label(r.parameter), value: r.S1, low: r.S1Low, high: r.S1High, measure: T.firstOrder },
  ]);
}

/** Bars sorted by size; Morris's μ* is in the indicator's units, written in thousand, million, billion. */
export function plotSensitivity(result: SensitivityResult, unit: string, width: number): SVGSVGElement | HTMLElement {
  const bars = sensitivityBars(result);
  const order = [...new Set([...bars].sort((a, b) => b.value - a.value).map((b) => b.label))];
  const measures = [...new Set(bars.map((b) => b.measure))];
  const values = bars.flatMap((b) => [b.value, b.low, b.high]).filter(Number.isFinite);
  const morris = result.method === 'morris';
  const axis = morris ? axisFor(0, Math.max(...values, 0), unit, false, 5) : undefined;
  return Plot.plot({
    width,
    height: 60 + order.length * (measures.length > 1 ? 26 : 18),
    marginLeft: Math.min(420, 12 + Math.max(...order.map((l) => l.length)) * 6.3),
    marginBottom: 40,
    style: { fontSize: '12px' },
    x: axis
      ? {
          label: T.morrisAxis(axis.label),
          labelAnchor: 'center',
          grid: true,
          domain: axis.domain,
          ticks: axis.ticks,
          tickFormat: axis.format,
        }
      : { label: T.sobolAxis, labelAnchor: 'center', grid: true },
    y: { domain: order, label: null },
    color: { domain: measures, range: [COLOURS.scenario, COLOURS.baseline], legend: measures.length > 1 },
    marks: [
      Plot.barX(bars, { x: 'value', y: 'label', fill: 'measure', fillOpacity: 0.85 }),
      Plot.ruleY(bars, { y: 'label', x1: 'low', x2: 'high', stroke: '#1f2328', strokeWidth: 1.5 }),
      Plot.ruleX([0]),
      Plot.tip(
        bars,
        Plot.pointerY({
          x: 'value',
          y: 'label',
          title: (b: Bar) => `${b.label}\n${b.measure}: ${axis ? axis.format(b.value) : b.value.toFixed(3)}`,
        }),
      ),
    ],
  });
}
