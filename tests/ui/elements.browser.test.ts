import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, INDICATORS, LEVERS, parseScenario } from '../../packages/engine/src/index.js';
import { type LabBrowser, launchBrowser } from './support/browser.js';
import { ensureBuilt } from './support/build.js';
import { EXPORT_LABELS } from './support/fixture.js';
import { collectErrors, labUrl, tinyScenario, waitForComplete } from './support/lab.js';
import { type StaticSite, serveStatic } from './support/staticServer.js';

// Each element of the lab created on its own (outside the app shell), with its defaults, then
// driven from the keyboard or the mouse while its events are recorded.
let site: StaticSite;
let browser: LabBrowser;
let page: Page;
let errors: string[];

const TARIFF = LEVERS.find((d) => d.id === 'trade.tariff_equivalent_pct');
const parsed = parseScenario(tinyScenario());
if (!parsed.ok || !TARIFF) throw new Error('test fixtures do not parse');
const SCENARIO = parsed.scenario;

beforeAll(async () => {
  site = await serveStatic(await ensureBuilt());
  browser = await launchBrowser();
  page = await browser.context.newPage();
  errors = collectErrors(page);
  await page.goto(labUrl(site.url, tinyScenario()));
  await waitForComplete(page);
  // The app shell's own defaults, then it leaves: the elements below stand alone.
  const app = await page.evaluate(() => {
    const el = document.querySelector('ds-app') as unknown as HTMLElement & {
      scenario: { name: string };
      view: { mode: string; year: number };
    };
    const tabs = [...(el.shadowRoot?.querySelectorAll('ds-tabs') ?? [])].flatMap((t) =>
      [...(t.shadowRoot?.querySelectorAll('[role="tab"]') ?? [])].map((b) => b.textContent?.trim()),
    );
    const state = { name: el.scenario.name, mode: el.view.mode, year: el.view.year, tabs };
    el.remove();
    return state;
  });
  expect(app).toEqual({
    name: 'Browser test',
    mode: 'levels',
    year: 2023, // 2030 by default, kept inside the scenario's horizon
    tabs: ['Levers', 'Assumptions', 'Scenario', 'Charts', 'Map', 'Policy brief', 'Acculturation', 'Sweep', 'Sensitivity', 'Model'],
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Creates `tag` alone in the page with `props`, records the named events, returns its id. */
async function mount(tag: string, props: Record<string, unknown>, events: string[]): Promise<string> {
  return page.evaluate(
    async ({ tag, props, events }) => {
      const w = window as unknown as { mounted?: number; recorded: Record<string, Array<{ type: string; detail: unknown }>> };
      w.mounted = (w.mounted ?? 0) + 1;
      w.recorded ??= {};
      const id = `el-${w.mounted}`;
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;
      el.id = id;
      Object.assign(el, props);
      w.recorded[id] = [];
      for (const type of events)
        el.addEventListener(type, (e) => w.recorded[id].push({ type, detail: JSON.parse(JSON.stringify((e as CustomEvent).detail)) }));
      document.body.append(el);
      await el.updateComplete;
      return id;
    },
    { tag, props, events },
  );
}

async function recorded(id: string): Promise<Array<{ type: string; detail: Record<string, unknown> }>> {
  return page.evaluate(
    (id) => (window as unknown as { recorded: Record<string, Array<{ type: string; detail: Record<string, unknown> }>> }).recorded[id],
    id,
  );
}

async function defaults(tag: string, names: string[]): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ tag, names }) => {
      const el = document.createElement(tag) as unknown as Record<string, unknown>;
      return JSON.parse(JSON.stringify(Object.fromEntries(names.map((n) => [n, el[n] ?? null]))));
    },
    { tag, names },
  );
}

describe('each element mounted alone has its defaults and emits its events', () => {
  it('ds-lever: slider named by its label with data-lever, number field, reset, info popover, schedule', async () => {
    expect(await defaults('ds-lever', ['section', 'allowSchedule', 'startYear', 'endYear'])).toEqual({
      section: 'levers',
      allowSchedule: true,
      startYear: 2021,
      endYear: 2045,
    });
    const id = await mount('ds-lever', { definition: TARIFF, value: undefined, baselineValue: 20 }, [
      'ds-parameter-change',
      'ds-open-docs',
    ]);
    const root = page.locator(`#${id}`);
    const slider = root.getByRole('slider', { name: TARIFF.label });
    await expect(slider.getAttribute('data-lever')).resolves.toBe(TARIFF.id);
    await expect(root.getByLabel(`${TARIFF.label}, in ${TARIFF.unit}`).inputValue()).resolves.toBe('15');
    await expect(root.locator('.baseline-mark').getAttribute('title')).resolves.toMatch(/Baseline: 20/);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await root.getByRole('button', { name: /Reset to baseline/ }).click();
    await root.getByLabel(`${TARIFF.label}, in ${TARIFF.unit}`).fill('75');
    await root.getByLabel(`${TARIFF.label}, in ${TARIFF.unit}`).press('Enter');
    await expect(root.getByRole('alert').textContent()).resolves.toMatch(/75 is outside the range 0 to 60/);
    await root.getByRole('button', { name: `About: ${TARIFF.label}` }).click();
    const info = root.getByRole('dialog', { name: `About: ${TARIFF.label}` });
    await expect(info.textContent()).resolves.toContain(TARIFF.source);
    await info.getByRole('link').click();
    const events = await recorded(id);
    expect(events.map((e) => e.type)).toEqual(['ds-parameter-change', 'ds-parameter-change', 'ds-parameter-change', 'ds-open-docs']);
    expect(events[0].detail).toMatchObject({ section: 'levers', id: TARIFF.id, final: false });
    expect(events[0].detail.value).toBeGreaterThan(15);
    expect(events[2].detail).toEqual({ section: 'levers', id: TARIFF.id, value: 20, final: true });
    expect(events[3].detail).toEqual({ anchor: TARIFF.docs });
  });

  it('ds-schedule-editor: emits only schedules the engine schema accepts', async () => {
    expect(await defaults('ds-schedule-editor', ['mode', 'section', 'issues'])).toEqual({ mode: 'steps', section: 'levers', issues: [] });
    const id = await mount('ds-schedule-editor', { definition: TARIFF, value: [[2021, 10]], startYear: 2021, endYear: 2030 }, [
      'ds-schedule-change',
    ]);
    const root = page.locator(`#${id}`);
    await root.getByRole('button', { name: 'Add a step' }).click();
    await root.getByLabel('Step 2: value in % ad valorem').fill('80');
    await root.getByLabel('Step 2: value in % ad valorem').press('Tab');
    await expect(root.locator('#issues').textContent()).resolves.toMatch(/outside the range/);
    await root.getByRole('radio', { name: 'Expression' }).check();
    await root.getByLabel(/Value as a function of/).fill('import("x")');
    await root.getByLabel(/Value as a function of/).press('Tab');
    await expect(root.locator('#issues').textContent()).resolves.toMatch(/expression/i);
    await root.getByLabel(/Value as a function of/).fill('max(0, 15 - (year - 2021))');
    await root.getByLabel(/Value as a function of/).press('Tab');
    const events = await recorded(id);
    expect(events.map((e) => e.detail)).toEqual([
      {
        id: TARIFF.id,
        value: [
          [2021, 10],
          [2026, 10],
        ],
      },
      { id: TARIFF.id, value: '10' }, // switching to an expression starts from the current value
      { id: TARIFF.id, value: 'max(0, 15 - (year - 2021))' },
    ]);
  });

  it('ds-lever-panel: the four groups of the contract, 29 sliders, events bubble from its levers', async () => {
    expect(await defaults('ds-lever-panel', ['definitions', 'section', 'allowSchedule'])).toEqual({
      definitions: [],
      section: 'levers',
      allowSchedule: true,
    });
    const id = await mount('ds-lever-panel', { definitions: LEVERS, values: {}, baselineValues: {} }, ['ds-parameter-change']);
    const root = page.locator(`#${id}`);
    // Group names are headings (level 3 by default), each a button that folds its group.
    const groups = root.getByRole('heading', { level: 3 });
    await expect(
      groups.evaluateAll((hs) => hs.map((h) => h.querySelector('button')?.textContent?.replace(/[▾▸]/g, '').trim())),
    ).resolves.toEqual(['Integration barriers', 'Trade and transfer costs', 'Exchange programs', 'Diaspora engagement']);
    await root.getByRole('button', { name: 'Integration barriers' }).click();
    await expect(root.getByRole('button', { name: 'Integration barriers' }).getAttribute('aria-expanded')).resolves.toBe('false');
    await root.getByRole('button', { name: 'Integration barriers' }).click();
    expect(await root.locator('input[type="range"][data-lever]').count()).toBe(29);
    await root.locator('input[data-lever="trade.border_delay_days"]').focus();
    await page.keyboard.press('ArrowLeft');
    const events = await recorded(id);
    expect(events[0].detail).toMatchObject({ id: 'trade.border_delay_days', final: false });
  });

  it('ds-assumptions-panel: drivers are schedulable parameters, not levers', async () => {
    expect(await defaults('ds-assumptions-panel', ['assumptions', 'drivers'])).toEqual({ assumptions: [], drivers: [] });
    const id = await mount('ds-assumptions-panel', { assumptions: [], drivers: DRIVERS }, ['ds-parameter-change']);
    const root = page.locator(`#${id}`);
    expect(await root.locator('input[type="range"][data-lever]').count()).toBe(0);
    const slider = root.getByRole('slider', { name: DRIVERS[0].label });
    await slider.focus();
    await page.keyboard.press('ArrowUp');
    expect((await recorded(id))[0].detail).toMatchObject({ section: 'drivers', id: DRIVERS[0].id });
  });

  it('ds-scenario-panel: picks, fields, save and load as events', async () => {
    expect(await defaults('ds-scenario-panel', ['scenarioFile', 'baselineFile', 'message'])).toEqual({
      scenarioFile: '',
      baselineFile: 'baseline.json',
      message: '',
    });
    const id = await mount(
      'ds-scenario-panel',
      {
        scenario: SCENARIO,
        choices: [
          { file: 'baseline.json', name: 'Baseline' },
          { file: 'other.json', name: 'Other' },
        ],
        scenarioFile: 'baseline.json',
      },
      ['ds-scenario-pick', 'ds-scenario-fields-change', 'ds-scenario-save', 'ds-scenario-file'],
    );
    const root = page.locator(`#${id}`);
    await root.getByLabel('Compare against (baseline)').selectOption('other.json');
    await root.getByLabel('Name').fill('Renamed');
    await root.getByLabel('Name').press('Tab');
    await root.getByLabel('Seeds').fill('12');
    await root.getByLabel('Seeds').press('Tab');
    await root.getByRole('button', { name: 'Save scenario as JSON' }).click();
    await root.locator('input[type="file"]').setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await expect.poll(async () => (await recorded(id)).length).toBe(5);
    expect((await recorded(id)).map((e) => [e.type, e.detail])).toEqual([
      ['ds-scenario-pick', { file: 'other.json', role: 'baseline' }],
      ['ds-scenario-fields-change', { name: 'Renamed' }],
      ['ds-scenario-fields-change', { seeds: 12 }],
      ['ds-scenario-save', {}],
      ['ds-scenario-file', { fileName: 's.json', text: '{}' }],
    ]);
  });

  it('ds-chart: draws with Plot in its shadow root, labels its bands, has a text alternative and a data table, emits the year', async () => {
    expect(await defaults('ds-chart', ['mode', 'stale', 'uncertainty', 'yearly'])).toEqual({
      mode: 'levels',
      stale: false,
      uncertainty: 'chance',
      yearly: false,
    });
    const indicator = INDICATORS.find((i) => i.id === 'bilateral.trade_usd');
    if (!indicator) throw new Error('no trade indicator');
    const id = await page.evaluate(async (indicator) => {
      const years = Float64Array.from({ length: 20 }, (_, i) => 2021 + i / 4);
      const line = (base: number) => Float64Array.from(years, (y) => base * (1 + (y - 2021) / 10));
      const band = (base: number) => ({ median: line(base), low: line(base * 0.9), high: line(base * 1.1) });
      const series = {
        indicatorId: indicator.id,
        years,
        baseline: band(4e9),
        scenario: band(4.4e9),
        difference: { ...band(4e8), mean: line(4e8), ciLow: line(3e8), ciHigh: line(5e8) },
        baselineSeeds: 8,
        scenarioSeeds: 8,
        pairedSeeds: 8,
      };
      const el = document.createElement('ds-chart') as unknown as HTMLElement &
        Record<string, unknown> & { updateComplete: Promise<unknown> };
      el.id = 'chart-alone';
      const summary = {
        year: 2023,
        baselineMedian: 4.8e9,
        baselineMean: 4.8e9,
        scenarioMedian: 5.28e9,
        scenarioLow: 5e9,
        scenarioHigh: 5.5e9,
        differenceMean: 4.8e8,
        differenceLow: 3e8,
        differenceHigh: 6e8,
        pairs: 8,
      };
      Object.assign(el, { indicator, series, summary, year: 2023 });
      (window as unknown as { years: number[] }).years = [];
      el.addEventListener('ds-year-change', (e) => (window as unknown as { years: number[] }).years.push((e as CustomEvent).detail.year));
      document.body.append(el);
      await el.updateComplete;
      return el.id;
    }, indicator);
    const root = page.locator(`#${id}`);
    await root.locator('.plot svg').waitFor();
    await expect(root.getByRole('img').getAttribute('aria-label')).resolves.toMatch(
      /Chart of Bilateral trade turnover, 2021 to 2025\. Baseline median from USD 4 billion/,
    );
    await expect(root.locator('.legend').textContent()).resolves.toMatch(/p5–p95 over 8 seeds: chance alone/);
    // The caption gives the calendar year's figures (the KPI cards' definition).
    await expect(root.locator('.plain').textContent()).resolves.toMatch(
      /In 2023 \(calendar year\): scenario USD 5\.28 billion a year, baseline USD 4\.8 billion a year; change \+USD 480 million a year/,
    );
    // Axis title clear of the ticks, human units.
    await expect(root.locator('.plot svg').textContent()).resolves.toMatch(/USD billion a year/);
    // A click on the plot moves the year.
    await root.locator('.plot svg').click({ position: { x: 200, y: 80 } });
    await expect.poll(() => page.evaluate(() => (window as unknown as { years: number[] }).years.length), { timeout: 10_000 }).toBe(1);
    // Hovering a point shows its tip: 2022 Q1 (index 4) has scenario 4.4e9 × 1.1 = 4.84e9 (p5–p95
    // 3.96e9 × 1.1 = 4.356e9 to 4.84e9 × 1.1 = 5.324e9) and baseline 4e9 × 1.1 = 4.4e9.
    const at = await root.locator('.plot svg').evaluate((svg) => {
      const plot = svg as SVGSVGElement & { scale(name: string): { apply(v: number): number } };
      const box = plot.getBoundingClientRect();
      const k = box.width / plot.viewBox.baseVal.width;
      return { x: box.left + plot.scale('x').apply(2022) * k, y: box.top + 80 * k };
    });
    await page.mouse.move(at.x, at.y);
    const pointed = root.locator('.plot svg [aria-label="tip"]').first();
    // Plot wraps the tip's lines at 20 ems, each line after a zero-width space.
    const lines = [
      '2022 Q1',
      'Scenario USD 4.84 billion a year (p5–p95',
      'USD 4.36 billion a year to USD 5.32',
      'billion a year)',
      'Baseline USD 4.4 billion a year',
    ];
    await expect.poll(() => pointed.textContent()).toBe(lines.map((l) => `\u200b${l}`).join(''));
    // A tip at the focused year; arrows move it.
    await root.locator('.plot').focus();
    await expect.poll(() => root.locator('.plot svg [aria-label="tip"]').last().textContent()).toMatch(/2023 Q1/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => root.locator('.plot svg [aria-label="tip"]').last().textContent()).toMatch(/2024 Q1/);
    // The data table in a dialog; closing it gives focus back to its button.
    await root.getByRole('button', { name: 'Show data table' }).click();
    const table = root.getByRole('dialog');
    expect(await table.locator('tbody tr').count()).toBe(5);
    await page.keyboard.press('Escape');
    await expect.poll(() => root.getByRole('button', { name: 'Show data table' }).evaluate((b) => b.matches(':focus'))).toBe(true);
    await page.evaluate(() => Object.assign(document.getElementById('chart-alone') as HTMLElement, { mode: 'difference' }));
    await expect(root.locator('.legend').textContent()).resolves.toMatch(/90% confidence interval of the mean difference/);
  });

  it('ds-chart-grid and ds-indicator-picker: mode, year and indicator choices as events', async () => {
    expect(await defaults('ds-chart-grid', ['mode', 'year', 'selected', 'yearly'])).toEqual({
      mode: 'levels',
      year: 2030,
      selected: [],
      yearly: false,
    });
    const id = await mount(
      'ds-chart-grid',
      { indicators: INDICATORS, selected: ['bilateral.trade_usd'], defaults: ['bilateral.trade_usd'] },
      ['ds-chart-mode-change', 'ds-year-change', 'ds-indicators-change', 'ds-yearly-change'],
    );
    const root = page.locator(`#${id}`);
    expect(await root.locator('ds-chart').count()).toBe(1);
    await root.getByRole('radio', { name: 'Difference (paired)' }).check();
    await root.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowRight');
    await root.getByRole('checkbox', { name: 'Yearly values' }).check();
    await root.getByRole('button', { name: /Indicators shown/ }).click();
    await root.getByRole('checkbox', { name: 'Bilateral trust' }).check();
    await root.getByRole('button', { name: 'Done' }).click();
    const events = await recorded(id);
    expect(events.map((e) => [e.type, e.detail])).toEqual([
      ['ds-chart-mode-change', { mode: 'difference' }],
      ['ds-year-change', { year: 2031 }],
      ['ds-yearly-change', { yearly: true }],
      ['ds-indicators-change', { ids: ['bilateral.trade_usd', 'bilateral.trust_index'] }],
    ]);
  });

  it('ds-kpi-cards and ds-strategies: defaults without results', async () => {
    expect(await defaults('ds-kpi-cards', ['year', 'ids', 'stale'])).toEqual({
      year: 2030,
      stale: false,
      ids: [
        'uz_in_kz.remittances_usd',
        'kz_in_uz.remittances_usd',
        'bilateral.trade_usd',
        'bilateral.trust_index',
        'uz_in_kz.integration_share',
        'kz_in_uz.heritage_language_youth',
      ],
    });
    const cards = await mount('ds-kpi-cards', { indicators: INDICATORS }, []);
    expect(await page.locator(`#${cards} li`).count()).toBe(6);
    const strategies = await mount('ds-strategies', {}, []);
    await expect(page.locator(`#${strategies} h3`).allTextContents()).resolves.toEqual(['Uzbeks in Kazakhstan', 'Kazakhs in Uzbekistan']);
    expect(await page.locator(`#${strategies}`).getByText('Running…').count()).toBe(2);
  });

  it('ds-export-menu: the eight items, keyboard operable, disabled until results are complete', async () => {
    expect(await defaults('ds-export-menu', ['ready', 'open'])).toEqual({ ready: false, open: false });
    const id = await mount('ds-export-menu', { stamp: 'engine 0 · test' }, ['ds-export']);
    const root = page.locator(`#${id}`);
    await root.getByRole('button', { name: /Export/ }).focus();
    await page.keyboard.press('Enter');
    expect((await root.getByRole('menuitem').allTextContents()).map((t) => t.trim())).toEqual(EXPORT_LABELS);
    await page.keyboard.press('Enter'); // Series (CSV): disabled while results are not complete
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowDown'); // opens on the first item
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter'); // Scenario (JSON): always available
    await page.evaluate((id) => Object.assign(document.getElementById(id) as HTMLElement, { ready: true }), id);
    await page.keyboard.press('ArrowUp'); // opens on the last item
    await page.keyboard.press('Enter');
    expect((await recorded(id)).map((e) => e.detail)).toEqual([{ format: 'scenario-json' }, { format: 'charts-png' }]);
  });

  it('ds-sweep-view and ds-sensitivity-view: progress and cancel over a runner', async () => {
    expect(await defaults('ds-sweep-view', ['seeds', 'personsPerAgent', 'running'])).toEqual({
      seeds: 4,
      personsPerAgent: 2000,
      running: false,
    });
    expect(await defaults('ds-sensitivity-view', ['method', 'space', 'running', 'versus'])).toEqual({
      method: 'morris',
      space: 'policy',
      running: false,
      versus: false,
    });
    for (const tag of ['ds-sweep-view', 'ds-sensitivity-view']) {
      // A runner whose runs never finish until cancelled: the view shows progress, then stops cleanly.
      const id = await page.evaluate(
        async ({ tag, scenario }) => {
          const el = document.createElement(tag) as HTMLElement & Record<string, unknown> & { updateComplete: Promise<unknown> };
          el.id = `${tag}-alone`;
          const runner = {
            run: (_task: unknown, options: { signal?: AbortSignal } = {}) =>
              new Promise((_resolve, reject) =>
                options.signal?.addEventListener('abort', () => reject(Object.assign(new Error('cancelled'), { name: 'CancelledError' }))),
              ),
          };
          Object.assign(el, { scenario, baseline: scenario, runner });
          document.body.append(el);
          await el.updateComplete;
          return el.id;
        },
        { tag, scenario: SCENARIO },
      );
      const root = page.locator(`#${id}`);
      await root.getByRole('button', { name: /^Run / }).click();
      // The status region announces the start (and later the end), not every run.
      await expect(root.getByRole('status').textContent()).resolves.toMatch(/Analysis running/);
      await expect(root.locator('.progress').textContent()).resolves.toMatch(/of .+ runs/);
      await root.getByRole('button', { name: 'Cancel' }).click();
      await expect(root.getByRole('alert').textContent()).resolves.toMatch(/Cancelled/);
    }
  });

  it('ds-tabs: a tablist whose arrows, Home and End choose tabs; panels are the slotted children', async () => {
    const id = await mount(
      'ds-tabs',
      {
        label: 'Test tabs',
        tabs: [
          { id: 'a', label: 'First' },
          { id: 'b', label: 'Second' },
          { id: 'c', label: 'Third' },
        ],
        selected: 'a',
      },
      ['ds-tab-change'],
    );
    const root = page.locator(`#${id}`);
    await page.evaluate((id) => {
      const el = document.getElementById(id) as HTMLElement;
      for (const slot of ['a', 'b', 'c']) el.insertAdjacentHTML('beforeend', `<p slot="${slot}">Panel ${slot}</p>`);
    }, id);
    await expect(root.locator('p[slot="a"]').isVisible()).resolves.toBe(true);
    await expect(root.locator('p[slot="b"]').isVisible()).resolves.toBe(false);
    await root.getByRole('tab', { name: 'First' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await root.getByRole('tab', { name: 'Second' }).click();
    expect((await recorded(id)).map((e) => e.detail)).toEqual([{ tab: 'b' }, { tab: 'c' }, { tab: 'b' }]);
  });

  it('ds-gallery: every what-if a card (name, one line, effect once run); opening one is an event', async () => {
    const id = await mount(
      'ds-gallery',
      {
        cards: [
          {
            file: 'one.json',
            scenario: { ...SCENARIO, name: 'One', description: 'First line: and the rest. More.' },
            effect: 'Bilateral trade turnover +12% by 2030',
          },
          { file: 'two.json', scenario: { ...SCENARIO, name: 'Two', description: 'Another.' } },
        ],
        current: 'two.json',
      },
      ['ds-scenario-pick'],
    );
    const root = page.locator(`#${id}`);
    await expect(root.locator('li').first().textContent()).resolves.toMatch(
      /One\s+First line…\s+Effect: Bilateral trade turnover \+12% by 2030/,
    );
    await expect(root.locator('li').nth(1).textContent()).resolves.toMatch(/In view[\s\S]*runs when the lab is idle/);
    await root.getByRole('button', { name: 'One' }).click();
    expect((await recorded(id)).map((e) => e.detail)).toEqual([{ file: 'one.json', role: 'scenario' }]);
  });

  it('ds-model-view: shows the model documentation rendered at build time, and follows its in-page links', async () => {
    expect(await defaults('ds-model-view', ['parameters'])).toEqual({ parameters: [] });
    const id = await mount('ds-model-view', {}, []);
    const root = page.locator(`#${id}`);
    await expect(root.locator('h1').first().textContent()).resolves.toMatch(/\S/);
    // Section anchors of the Markdown are targets; headings carry GitHub's ids.
    expect(await root.locator('#social-initialisation').count()).toBe(1);
    expect(await root.locator('h2[id]').count()).toBeGreaterThan(5);
    expect(await root.locator('script').count()).toBe(0);
    // Links leave the page only to http(s) addresses, in a new tab.
    const external = await root
      .locator('a:not([href^="#"])')
      .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('target')]));
    for (const [href, target] of external) {
      expect(href).toMatch(/^https?:\/\//);
      expect(target).toBe('_blank');
    }
    expect(
      await page.evaluate(
        (id) => (document.getElementById(id) as unknown as { showSection(a: string): Promise<boolean> }).showSection('network'),
        id,
      ),
    ).toBe(true);
    expect(await root.locator('.highlight#network').count()).toBe(1);
    // Asked for by property, a missing section is reported as an event.
    await page.evaluate((id) => {
      const el = document.getElementById(id) as HTMLElement & { section: string };
      (window as unknown as { missing: string[] }).missing = [];
      el.addEventListener('ds-docs-missing', (e) =>
        (window as unknown as { missing: string[] }).missing.push((e as CustomEvent).detail.anchor),
      );
      el.section = 'no-such-section';
    }, id);
    await expect.poll(() => page.evaluate(() => (window as unknown as { missing: string[] }).missing)).toEqual(['no-such-section']);
    expect(errors).toEqual([]);
  });
});
