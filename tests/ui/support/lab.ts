import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from './build.js';

export type ScenarioJson = Record<string, unknown>;

export const BASELINE: ScenarioJson = JSON.parse(readFileSync(join(ROOT, 'scenarios/baseline.json'), 'utf8'));

/** A small, fast scenario for browser tests (the real page at a coarse size and a short horizon). */
export function tinyScenario(overrides: ScenarioJson = {}): ScenarioJson {
  const { $schema: _schema, ...rest } = BASELINE;
  return { ...rest, name: 'Browser test', personsPerAgent: 10000, endYear: 2023, seeds: 2, ...overrides };
}

/** A share link made the way the lab makes one (deflate-raw, base64url), here with Node's zlib. */
export function shareToken(scenario: ScenarioJson, baseline: ScenarioJson, view?: Record<string, unknown>): string {
  return deflateRawSync(Buffer.from(JSON.stringify({ format: 2, scenario, baseline, ...(view && { view }) }))).toString('base64url');
}

export function labUrl(siteUrl: string, scenario: ScenarioJson, baseline: ScenarioJson = scenario, view?: Record<string, unknown>): string {
  return `${siteUrl}#lab=${shareToken(scenario, baseline, view)}`;
}

/** The lab's status line: `data-state` is updating, partial, complete or failed; `data-generation` the results' request. */
export async function labStatus(page: Page): Promise<{ state: string; generation: number; text: string }> {
  return page.evaluate(() => {
    const status = document.querySelector('ds-app')?.shadowRoot?.querySelector<HTMLElement>('.status');
    return {
      state: status?.dataset.state ?? '',
      generation: Number(status?.dataset.generation ?? 0),
      text: status?.querySelector('.status-text')?.textContent?.trim() ?? '',
    };
  });
}

/**
 * Waits until the status says the results are complete and answer the scenario the lab holds now
 * (the status says so only then), newer than `afterGeneration`; returns their generation.
 */
export async function waitForComplete(page: Page, afterGeneration = 0, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction(
    (after) => {
      const status = document.querySelector('ds-app')?.shadowRoot?.querySelector<HTMLElement>('.status');
      const generation = Number(status?.dataset.generation ?? 0);
      return status?.dataset.state === 'complete' && generation > after ? generation : false;
    },
    afterGeneration,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/** Every run's values of both variants, as plain arrays (seed order). */
export async function runValues(page: Page): Promise<{ baseline: number[][]; scenario: number[][]; years: number[]; ids: string[] }> {
  return page.evaluate(() => {
    const app = document.querySelector('ds-app') as unknown as {
      results: {
        baseline: { runs: Array<{ values: Float64Array; years: Float64Array; indicatorIds: string[] }> };
        scenario: { runs: Array<{ values: Float64Array }> };
      };
    };
    const r = app.results;
    return {
      baseline: r.baseline.runs.map((x) => Array.from(x.values)),
      scenario: r.scenario.runs.map((x) => Array.from(x.values)),
      years: Array.from(r.baseline.runs[0].years),
      ids: [...r.baseline.runs[0].indicatorIds],
    };
  });
}

/** Collects console errors and uncaught page errors. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  return errors;
}

export async function appScenario(page: Page): Promise<{ scenario: ScenarioJson; baseline: ScenarioJson }> {
  return page.evaluate(() => {
    const app = document.querySelector('ds-app') as unknown as { scenario: unknown; baseline: unknown };
    return JSON.parse(JSON.stringify({ scenario: app.scenario, baseline: app.baseline }));
  });
}

/** The lab's view (chart mode, indicators, year, bands, tabs), as the app holds it. */
export async function appView(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => JSON.parse(JSON.stringify((document.querySelector('ds-app') as unknown as { view: unknown }).view)));
}

/** Opens the lab at `url` in a new page of `context`, collecting console errors. */
export async function openLab(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  return { page, errors };
}

/** The element focused now, through shadow roots: its tag, id, class and text. */
export async function deepFocus(page: Page): Promise<{ tag: string; id: string; className: string; text: string }> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const a = active as HTMLElement | null;
    return { tag: a?.tagName.toLowerCase() ?? '', id: a?.id ?? '', className: a?.className ?? '', text: a?.textContent?.trim() ?? '' };
  });
}
