import type { SweepResult } from '@diaspora-sim/analysis';
import type { ParameterDefinition } from '@diaspora-sim/engine';
import * as Plot from '@observablehq/plot';
import { localAssumptions, localLevers, unitText } from '../lib/catalogText.js';
import { axisFor, humanNumber } from '../lib/format.js';
import { COLOURS } from '../theme.js';

/** What a sweep can vary: levers and assumptions (labelled in the lab's language). */
export const sweepable = (): readonly ParameterDefinition[] => [...localLevers(), ...localAssumptions()];

export interface SweepCell {
  readonly point: readonly number[];
  readonly scenario: number;
  readonly baseline: number;
  readonly difference: number;
  readonly low: number;
  readonly high: number;
}

/** The chosen indicator's calendar-year figures at every point of the sweep. */
export function sweepCells(result: SweepResult, indicatorId: string, year: number): SweepCell[] {
  const y = result.years.indexOf(year);
  const c = result.indicatorIds.indexOf(indicatorId);
  return result.points.map(({ point, summary: s }) => {
    const at = y * s.columns + c;
    return {
      point,
      scenario: s.scenario.mean[at],
      baseline: s.baseline.mean[at],
      difference: s.difference.mean[at],
      low: s.difference.ciLow[at],
      high: s.difference.ciHigh[at],
    };
  });
}

/** Relative luminance of an "rgb(r, g, b)" or "#rrggbb" colour (WCAG). */
function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  const parts = hex
    ? [0, 2, 4].map((i) => Number.parseInt(hex[1].slice(i, i + 2), 16))
    : (colour.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = parts.map((v) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with the background (always at least 4.58:1). */
export function textOn(background: string): string {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

export interface SweepPlotOptions {
  readonly width: number;
  readonly unit: string;
  readonly axisLabels: readonly string[];
  /** The swept parameters' units, as the engine names them (shown in the lab's language). */
  readonly axisUnits: readonly string[];
}

/** One axis: a line of the mean paired difference with its interval. Two: a heatmap with its legend. */
export function plotSweep(cells: readonly SweepCell[], options: SweepPlotOptions): HTMLElement | SVGSVGElement {
  const values = cells.flatMap((c) => [c.difference, c.low, c.high]).filter(Number.isFinite);
  const y = axisFor(Math.min(...values, 0), Math.max(...values, 0), options.unit, true);
  const x0 = cells.map((c) => c.point[0]);
  if (options.axisLabels.length === 1) {
    const x = axisFor(Math.min(...x0), Math.max(...x0), options.axisUnits[0], false, 6);
    return Plot.plot({
      width: options.width,
      height: 280,
      marginLeft: 64,
      marginTop: 28,
      marginBottom: 40,
      style: { fontSize: '12px' },
      x: { label: `${options.axisLabels[0]} (${x.label})`, labelAnchor: 'center', domain: x.domain, ticks: x.ticks, tickFormat: x.format },
      y: { label: y.label, labelAnchor: 'top', labelArrow: 'none', grid: true, domain: y.domain, ticks: y.ticks, tickFormat: y.format },
      marks: [
        Plot.ruleY([0], { stroke: COLOURS.baseline, strokeDasharray: '5,3' }),
        Plot.areaY(cells, { x: (d: SweepCell) => d.point[0], y1: 'low', y2: 'high', fill: COLOURS.differenceInner, fillOpacity: 0.8 }),
        Plot.line(cells, { x: (d: SweepCell) => d.point[0], y: 'difference', stroke: COLOURS.difference, strokeWidth: 2 }),
        Plot.dot(cells, { x: (d: SweepCell) => d.point[0], y: 'difference', fill: COLOURS.difference }),
        Plot.tip(
          cells,
          Plot.pointerX({
            x: (d: SweepCell) => d.point[0],
            y: 'difference',
            title: (d: SweepCell) => `${humanNumber(d.point[0])}: ${y.precise(d.difference)}`,
          }),
        ),
      ],
    });
  }
  const extent = Math.max(...values.map(Math.abs), 1e-12);
  const colourOptions = { type: 'diverging', scheme: 'PuOr', pivot: 0, domain: [-extent, extent] } as const;
  const colour = Plot.scale({ color: colourOptions });
  const fill = (d: SweepCell) => String(colour.apply?.(d.difference) ?? '#ffffff');
  const tick = (v: number) => humanNumber(Number(v.toPrecision(4)));
  const heatmap = Plot.plot({
    width: options.width,
    height: 340,
    marginLeft: 60,
    marginTop: 30,
    marginBottom: 44,
    padding: 0.04,
    style: { fontSize: '12px' },
    x: { label: `${options.axisLabels[0]} (${unitText(options.axisUnits[0])})`, type: 'band', tickFormat: tick },
    y: {
      label: `${options.axisLabels[1]} (${unitText(options.axisUnits[1])})`,
      labelAnchor: 'top',
      labelArrow: 'none',
      type: 'band',
      tickFormat: tick,
    },
    marks: [
      Plot.cell(cells, { x: (d: SweepCell) => d.point[0], y: (d: SweepCell) => d.point[1], fill }),
      Plot.text(cells, {
        x: (d: SweepCell) => d.point[0],
        y: (d: SweepCell) => d.point[1],
        text: (d: SweepCell) => y.precise(d.difference),
        fill: (d: SweepCell) => textOn(fill(d)),
        fontSize: 12,
        fontWeight: 600,
      }),
    ],
  });
  const legend = Plot.legend({
    color: { ...colourOptions, label: y.label, tickFormat: y.format, ticks: 5 },
    width: Math.min(420, options.width),
    marginLeft: 12,
    marginRight: 24,
    style: { fontSize: '12px' },
  }) as HTMLElement;
  const figure = document.createElement('div');
  figure.append(legend, heatmap);
  return figure;
}
