import type { IndicatorDefinition } from '@diaspora-sim/engine';
import { CHART_TEXT } from '../ds-chart/messages.js';
import { plotIndicator } from '../ds-chart/plotIndicator.js';
import type { ChartMode } from '../events.js';
import { COLOURS } from '../theme.js';
import { unitText } from './catalogText.js';
import type { IndicatorSeries } from './stats.js';

/**
 * Charts (SVG) and Charts (PNG): the charts in view drawn again from their data at the size they
 * have on screen (no scaling, so ticks keep their size against the titles), each with its title,
 * unit, caption and a legend of its lines and bands, and the reproducibility stamp. Text is set
 * with textContent, never parsed as markup.
 */
export interface SheetChart {
  readonly indicator: IndicatorDefinition;
  readonly series: IndicatorSeries;
  /** The caption under the chart (the calendar-year figures). */
  readonly caption: string;
}

export interface SheetOptions {
  readonly mode: ChartMode;
  readonly year: number;
  readonly yearly: boolean;
  /** What the bands cover, in words. */
  readonly coverage: string;
  readonly heading: string;
  readonly stamp: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 440;
const HEIGHT = 200;
const GAP = 24;

function node<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
  return element;
}

function text(content: string, x: number, y: number, size: number, weight = 400, fill = '#1f2328'): SVGTextElement {
  const t = node('text', { x, y, 'font-size': size, 'font-weight': weight, fill });
  t.textContent = content;
  return t;
}

function wrap(content: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface LegendItem {
  readonly label: string;
  readonly line?: string;
  readonly dash?: string;
  readonly fill?: string;
  readonly second?: string;
}

/** The legend's entries: a swatch (line or band) and its words. */
function legendItems(mode: ChartMode, seeds: number, coverage: string): LegendItem[] {
  const T = CHART_TEXT;
  if (mode === 'levels')
    return [
      { line: COLOURS.baseline, dash: '5,3', label: T.baselineMedian },
      { line: COLOURS.scenario, label: T.scenarioMedian },
      { fill: COLOURS.scenarioBand, second: COLOURS.baselineBand, label: T.bands(seeds, coverage) },
    ];
  return [
    { line: COLOURS.difference, label: T.meanDifference },
    { fill: COLOURS.differenceBand, label: T.spread(seeds, coverage) },
    { fill: COLOURS.differenceInner, label: T.confidence() },
  ];
}

function legend(mode: ChartMode, seeds: number, coverage: string, y: number): { g: SVGGElement; height: number } {
  const g = node('g', { transform: `translate(0,${y})` });
  legendItems(mode, seeds, coverage).forEach((item, k) => {
    const top = k * 15;
    if (item.line)
      g.append(
        node('line', {
          x1: 0,
          x2: 18,
          y1: top + 5,
          y2: top + 5,
          stroke: item.line,
          'stroke-width': 2.5,
          ...(item.dash && { 'stroke-dasharray': item.dash }),
        }),
      );
    else {
      g.append(node('rect', { x: 0, y: top, width: 9, height: 10, fill: item.fill ?? '' }));
      g.append(node('rect', { x: 9, y: top, width: 9, height: 10, fill: item.second ?? item.fill ?? '' }));
    }
    g.append(text(item.label, 24, top + 9, 10.5, 400, '#1f2328'));
  });
  return { g, height: 3 * 15 };
}

export function composeChartsSvg(charts: readonly SheetChart[], options: SheetOptions, columns = 2): SVGSVGElement {
  const root = node('svg', { xmlns: SVG_NS, 'font-family': 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif' });
  const metadata = node('metadata', {});
  metadata.textContent = options.stamp;
  const background = node('rect', { fill: '#ffffff' });
  root.append(metadata, background, text(options.heading, GAP, 32, 18, 700));
  let rowTop = 56;
  let rowHeight = 0;
  charts.forEach((chart, i) => {
    const column = i % columns;
    if (column === 0 && i > 0) {
      rowTop += rowHeight + GAP;
      rowHeight = 0;
    }
    const g = node('g', { transform: `translate(${GAP + column * (WIDTH + GAP)},${rowTop})` });
    const unit = options.mode === 'levels' ? unitText(chart.indicator.unit) : CHART_TEXT.differenceUnit(unitText(chart.indicator.unit));
    g.append(text(chart.indicator.label, 0, 14, 13, 700), text(unit, 0, 30, 11, 400, '#4f5660'));
    const plot = plotIndicator(chart.indicator, chart.series, {
      width: WIDTH,
      height: HEIGHT,
      mode: options.mode,
      year: options.year,
      yearly: options.yearly,
    });
    plot.setAttribute('x', '0');
    plot.setAttribute('y', '38');
    g.append(plot);
    const seeds = options.mode === 'levels' ? Math.min(chart.series.baselineSeeds, chart.series.scenarioSeeds) : chart.series.pairedSeeds;
    const key = legend(options.mode, seeds, options.coverage, 38 + HEIGHT + 8);
    g.append(key.g);
    const lines = wrap(chart.caption, 78);
    const captionTop = 38 + HEIGHT + 8 + key.height + 12;
    g.append(...lines.map((line, k) => text(line, 0, captionTop + k * 14, 11)));
    rowHeight = Math.max(rowHeight, captionTop + lines.length * 14);
    root.append(g);
  });
  rowTop += rowHeight + GAP;
  root.append(text(options.stamp, GAP, rowTop + 4, 10, 400, '#4f5660'));
  const width = GAP + columns * (WIDTH + GAP);
  const height = rowTop + 20;
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}` })) root.setAttribute(k, String(v));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  return root;
}

export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** Rasterises the composed SVG at twice its size (for reports and slides). */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(Number(svg.getAttribute('width')) * scale);
    canvas.height = Math.ceil(Number(svg.getAttribute('height')) * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
