import { describe, expect, it } from 'vitest';
import { parseScenario, REGIONS, runScenario } from '../../packages/engine/src/index.js';
import { regionYearTable } from '../../packages/ui/src/region-map/regionYear.js';
import { labFixture } from './support/fixture.js';
import { labUrl, openLab, tinyScenario } from './support/lab.js';

// The Map view in Chromium: one circle per region, and a table of the values the runs give in Node.
const lab = labFixture();

function parsed(json: Record<string, unknown>) {
  const result = parseScenario(json);
  if (!result.ok) throw new Error('bad scenario');
  return result.scenario;
}

/** The map's state, circles and table, read through the shadow roots. */
function readMap(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const view = document.querySelector('ds-app')?.shadowRoot?.querySelector('ds-region-map')?.shadowRoot;
    const rows = [...(view?.querySelectorAll('tbody tr') ?? [])].map((tr) => ({
      region: tr.getAttribute('data-region') ?? '',
      values: Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.dataset.variant, Number(td.dataset.value)])),
    }));
    return {
      state: view?.querySelector('.panels')?.getAttribute('data-state') ?? '',
      circles: view?.querySelectorAll('.map svg circle').length ?? 0,
      rows,
    };
  });
}

describe('Map view', () => {
  it('draws one circle per region; its table holds the runs’ regional values for the year', async () => {
    const baselineJson = tinyScenario({ endYear: 2022, name: 'Tiny baseline' });
    const scenarioJson = tinyScenario({ endYear: 2022, levers: { 'kz_to_uz.remittance_cost_pct': 0.5 } });
    const url = labUrl(lab.site.url, scenarioJson, baselineJson, { tab: 'map', year: 2022 });
    const { page, errors } = await openLab(lab.browser.context, url);
    try {
      await page.waitForFunction(
        () =>
          document
            .querySelector('ds-app')
            ?.shadowRoot?.querySelector('ds-region-map')
            ?.shadowRoot?.querySelector('.panels')
            ?.getAttribute('data-state') === 'complete',
        undefined,
        { timeout: 120_000, polling: 200 },
      );
      await page.waitForFunction(
        () =>
          (document.querySelector('ds-app')?.shadowRoot?.querySelector('ds-region-map')?.shadowRoot?.querySelectorAll('.map svg circle')
            .length ?? 0) > 0,
      );
      const shown = await readMap(page);
      expect(shown.circles).toBe(REGIONS.length);
      expect(shown.rows.map((r) => r.region)).toEqual(REGIONS.map((r) => r.name));

      // The same runs in Node: remittances sent (the default indicator) in 2022, mean over the two seeds.
      const scenario = parsed(scenarioJson);
      const baseline = { ...parsed(baselineJson), seed: scenario.seed, seeds: scenario.seeds };
      const seeds = [scenario.seed, scenario.seed + 1];
      const asRegions = (r: ReturnType<typeof runScenario>) => ({
        ...r,
        regionNames: r.regionNames ?? [],
        regionValues: r.regionValues ?? [],
      });
      const expected = regionYearTable(
        seeds.map((seed) => asRegions(runScenario(scenario, seed, { regions: true }))),
        seeds.map((seed) => asRegions(runScenario(baseline, seed, { regions: true }))),
        'remittances_usd',
        2022,
      );
      shown.rows.forEach((row, r) => {
        expect(row.values.scenario, row.region).toBe(expected.scenario[r]);
        expect(row.values.baseline, row.region).toBe(expected.baseline[r]);
        expect(row.values.difference, row.region).toBe(expected.difference[r]);
      });

      // The paired difference: still one circle per region, coloured by sign.
      await page.getByRole('radio', { name: /Difference/ }).check();
      expect((await readMap(page)).circles).toBe(REGIONS.length);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
