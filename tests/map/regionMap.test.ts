import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../packages/engine/src/data/regions.js';
import { REGION_CENTRES } from '../../packages/ui/src/region-map/regionCentres.js';
import { countryOutlines, drawRegionMap, type RegionMapOptions, regionMapSpec } from '../../packages/ui/src/region-map/regionMap.js';

// The lab's map of regions: world-atlas outlines, one symbol per region, drawn by Plot in Node with
// linkedom's document (no browser, no JSDOM).
const requireFromUi = createRequire(new URL('../../packages/ui/package.json', import.meta.url));
const atlas = JSON.parse(readFileSync(requireFromUi.resolve('world-atlas/countries-50m.json'), 'utf8'));
const outlines = countryOutlines(atlas);
type Outline = (typeof outlines.features)[number];
type Position = readonly number[];

function render(options: RegionMapOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return drawRegionMap(options, document as unknown as Document).outerHTML;
}

/** Even-odd ray casting on longitude and latitude: enough to tell which country a city lies in. */
function inside(point: Position, feature: Outline): boolean {
  const geometry = feature.geometry as { type: string; coordinates: unknown };
  const polygons = (geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates]) as Position[][][];
  let count = 0;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) count++;
      }
    }
  }
  return count % 2 === 1;
}

describe('region centres', () => {
  it('name every region of the engine once, with a source', () => {
    expect(REGION_CENTRES.map((c) => c.region).sort()).toEqual(REGIONS.map((r) => r.name).sort());
    for (const c of REGION_CENTRES) expect(c.source.length).toBeGreaterThan(20);
  });

  it("lie inside their own country's outline (Kazakh regions in Kazakhstan, Uzbek in Uzbekistan)", () => {
    const country = new Map(outlines.features.map((f) => [String(f.id), f]));
    for (const c of REGION_CENTRES) {
      const region = REGIONS.find((r) => r.name === c.region)!;
      expect(c.country, c.region).toBe(region.diaspora === REGIONS[0].diaspora ? '398' : '860');
      expect(inside([c.longitude, c.latitude], country.get(c.country)!), c.place).toBe(true);
      expect(inside([c.longitude, c.latitude], country.get(c.country === '398' ? '860' : '398')!), c.place).toBe(false);
    }
  });
});

describe('regionMapSpec', () => {
  const values = REGIONS.map((r, i) => ({ region: r.name, value: (i % 3 === 0 ? -1 : 1) * (i + 1) * 1000 }));
  const common = { outlines, values, regionName: (r: string) => `<${r}>`, formatValue: (v: number) => String(v) };

  it('draws both outlines and one symbol per region, each titled with its name and value', () => {
    const svg = render({ ...common, mode: 'level' });
    expect(svg.match(/<circle/g)).toHaveLength(REGIONS.length);
    expect(svg.match(/<path/g)?.length).toBeGreaterThanOrEqual(2);
    for (const v of values) expect(svg).toContain(`&lt;${v.region}&gt;: ${v.value}`);
  });

  it('sizes symbols by magnitude and colours a difference by its sign, with a legend', () => {
    const svg = render({ ...common, mode: 'difference', increase: 'rise', decrease: 'fall' });
    expect(svg.match(/<circle/g)).toHaveLength(REGIONS.length);
    expect(svg.match(/<circle[^>]*fill="#d73027"/g)).toHaveLength(values.filter((v) => v.value < 0).length);
    expect(svg).toContain('rise');
    const radii = [...svg.matchAll(/<circle[^>]* r="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(radii).toHaveLength(REGIONS.length);
    expect(Math.max(...radii)).toBeCloseTo(24, 5);
  });

  it('refuses a region without a centre, a region given twice and an unknown option', () => {
    expect(() => regionMapSpec({ ...common, mode: 'level', values: [{ region: 'Atlantis', value: 1 }] })).toThrow(
      /no centre for region "Atlantis"/,
    );
    expect(() => regionMapSpec({ ...common, mode: 'level', values: [values[0], values[0]] })).toThrow(/given twice/);
    expect(() => regionMapSpec({ ...common, mode: 'level', colour: 'red' } as never)).toThrow(/unknown region map option "colour"/);
  });
});
