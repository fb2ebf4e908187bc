import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_IDS, REGION_CENTRES, type RegionCentre } from './regionCentres.js';

/**
 * The regional view's map as an Observable Plot spec: Kazakhstan's and Uzbekistan's outlines
 * (world-atlas, Natural Earth) and one proportional symbol per region at its centre, for a chosen
 * indicator and year: the scenario's or baseline's level, or the paired difference (symbols sized by
 * its magnitude, coloured by its sign). Pure: data in, options out; the caller runs Plot.plot.
 */
export interface RegionValue {
  /** The engine's region name. */
  readonly region: string;
  readonly value: number;
}

export interface RegionMapOptions {
  readonly outlines: FeatureCollection;
  readonly values: readonly RegionValue[];
  readonly mode: 'level' | 'difference';
  /** The region's name in the reader's language. */
  readonly regionName: (region: string) => string;
  /** A value in words, for each symbol's tooltip. */
  readonly formatValue: (value: number) => string;
  /** Legend words for a rise and a fall (difference mode). */
  readonly increase?: string;
  readonly decrease?: string;
  readonly width?: number;
}

const CENTRE = new Map<string, RegionCentre>(REGION_CENTRES.map((c) => [c.region, c]));
const OPTION_NAMES = new Set(['outlines', 'values', 'mode', 'regionName', 'formatValue', 'increase', 'decrease', 'width']);
const RISE = '#1a9850';
const FALL = '#d73027';
const LEVEL = '#1f4e79';

/** The two countries' outlines from a world-atlas countries topology (countries-50m.json or -110m.json). */
export function countryOutlines(atlas: Topology): FeatureCollection {
  const countries = atlas.objects.countries as GeometryCollection | undefined;
  if (!countries) throw new Error('the topology has no "countries" object (expected world-atlas countries-*.json)');
  const all = feature(atlas, countries) as FeatureCollection;
  const features: Feature[] = all.features.filter((f) => (COUNTRY_IDS as readonly string[]).includes(String(f.id)));
  if (features.length !== COUNTRY_IDS.length) throw new Error(`the topology lacks Kazakhstan (398) or Uzbekistan (860)`);
  return { type: 'FeatureCollection', features };
}

export function regionMapSpec(options: RegionMapOptions): Plot.PlotOptions {
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) throw new Error(`unknown region map option "${name}"`);
  }
  const { values, mode } = options;
  const seen = new Set<string>();
  const centres = values.map(({ region }) => {
    const centre = CENTRE.get(region);
    if (!centre) throw new Error(`no centre for region "${region}" (known: ${[...CENTRE.keys()].join(', ')})`);
    if (seen.has(region)) throw new Error(`region "${region}" given twice`);
    seen.add(region);
    return centre;
  });
  // Columns over one index, as Plot's transforms work.
  const index = values.map((_, i) => i);
  const longitude = centres.map((c) => c.longitude);
  const latitude = centres.map((c) => c.latitude);
  const size = values.map((v) => (Number.isFinite(v.value) ? Math.abs(v.value) : 0));
  const title = values.map((v) => `${options.regionName(v.region)}: ${options.formatValue(v.value)}`);
  const increase = options.increase ?? '+';
  const decrease = options.decrease ?? '−';
  const sign = values.map((v) => (v.value < 0 ? decrease : increase));
  const largest = Math.max(0, ...size);

  return {
    width: options.width ?? 640,
    projection: { type: 'conic-equal-area', parallels: [39, 50], rotate: [-67, 0], domain: options.outlines, inset: 12 },
    r: { domain: [0, largest > 0 ? largest : 1], range: [0, 24] },
    ...(mode === 'difference' && { color: { domain: [increase, decrease], range: [RISE, FALL], legend: true } }),
    marks: [
      Plot.geo(options.outlines, { fill: '#f3f1ea', stroke: '#777', strokeWidth: 0.8 }),
      // A zero (or unknown) value still marks its region: a small ring (Plot draws no dot of radius 0).
      Plot.dot(
        index.filter((i) => size[i] === 0),
        { x: longitude, y: latitude, r: 2.5, fill: 'none', stroke: '#555', title },
      ),
      Plot.dot(
        index.filter((i) => size[i] > 0),
        {
          x: longitude,
          y: latitude,
          r: size,
          fill: mode === 'difference' ? sign : LEVEL,
          fillOpacity: 0.6,
          stroke: 'white',
          title,
        },
      ),
    ],
  };
}

/**
 * The map drawn: an SVG element (a figure when it has a legend), in the page's document or, outside a
 * browser, in the one given (e.g. linkedom's, for exports and tests in Node).
 */
export function drawRegionMap(options: RegionMapOptions, document?: Document): SVGSVGElement | HTMLElement {
  return Plot.plot({ ...regionMapSpec(options), ...(document && { document }) });
}
