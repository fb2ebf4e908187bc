import { afterAll, beforeAll } from 'vitest';
import { type LabBrowser, launchBrowser } from './browser.js';
import { ensureBuilt } from './build.js';
import { type StaticSite, serveStatic } from './staticServer.js';

export interface LabFixture {
  /** The built site, served on a free port. */
  readonly site: StaticSite;
  /** Debian's Chromium with a fresh profile. */
  readonly browser: LabBrowser;
}

/** Builds (once per source state) and serves the lab, and opens Chromium, for one test file. */
export function labFixture(): LabFixture {
  let site: StaticSite | undefined;
  let browser: LabBrowser | undefined;
  beforeAll(async () => {
    site = await serveStatic(await ensureBuilt());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the lab fixture is used before its beforeAll ran');
    return value;
  };
  return {
    get site() {
      return ready(site);
    },
    get browser() {
      return ready(browser);
    },
  };
}

/** The Export menu's items, in order, with exactly these labels. */
export const EXPORT_LABELS = [
  'Series (CSV)',
  'Baseline series (CSV)',
  'Differences (CSV)',
  'Regions (CSV)',
  'Summary (JSON)',
  'Scenario (JSON)',
  'Charts (SVG)',
  'Charts (PNG)',
];
