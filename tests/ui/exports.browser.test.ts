import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/build.js';
import { EXPORT_LABELS, labFixture } from './support/fixture.js';
import { labUrl, openLab, tinyScenario, waitForComplete } from './support/lab.js';

// The lab's files against the command line's, byte for byte, for the same scenario and seeds.
const run = promisify(execFile);
const sim = (...args: string[]) => run('node', ['packages/cli/bin/sim.mjs', ...args], { cwd: ROOT, timeout: 300_000 });

const lab = labFixture();

/** The first line where two files differ, or '' (the engine's arithmetic is the same bits in Chromium and Node). */
function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, k) => line !== y[k]);
  return i < 0 && x.length === y.length ? '' : `line ${i}:\nui  ${x[i]}\ncli ${y[i]}`;
}

describe('exports', () => {
  it('writes eight stamped files; series, regions, differences and the stamp hash equal the command line’s for the exported scenario and seeds', async () => {
    const baseline = tinyScenario({ endYear: 2022, name: 'Tiny baseline' });
    const scenario = tinyScenario({ endYear: 2022, levers: { 'bilateral.research_grants': 60 } });
    const { page } = await openLab(lab.browser.context, labUrl(lab.site.url, scenario, baseline));
    const dir = await mkdtemp(join(tmpdir(), 'ds-ui-export-'));
    try {
      await waitForComplete(page);
      const menuButton = page.getByRole('button', { name: /Export/ });
      await menuButton.click();
      expect((await page.getByRole('menuitem').allTextContents()).map((t) => t.trim())).toEqual(EXPORT_LABELS);
      await page.keyboard.press('Escape');
      const files: Record<string, { name: string; path: string }> = {};
      for (const label of EXPORT_LABELS) {
        await menuButton.click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('menuitem', { name: label, exact: true }).click(),
        ]);
        const path = join(dir, download.suggestedFilename());
        await download.saveAs(path);
        files[label] = { name: download.suggestedFilename(), path };
      }
      for (const f of Object.values(files))
        expect(f.name).toMatch(/^browser-test_[a-z-]+_sha256-[0-9a-f]{12}_seeds-1-2_engine-\d+\.\d+\.\d+\./);
      const summary = JSON.parse(await readFile(files['Summary (JSON)'].path, 'utf8'));
      expect(summary.stamp.seeds).toEqual([1, 2]);
      const svg = await readFile(files['Charts (SVG)'].path, 'utf8');
      expect(svg).toMatch(/^<\?xml/);
      expect(svg).toContain(`scenario sha256 ${summary.stamp.scenarioSha256.slice(0, 16)}`);
      // The chart sheet carries each chart's legend.
      expect(svg).toContain('Baseline median (dashed)');
      expect((await readFile(files['Charts (PNG)'].path)).subarray(1, 4).toString()).toBe('PNG');

      // The command line on the exported scenario and the same baseline and seeds.
      const baselineFile = join(dir, 'baseline.json');
      await writeFile(baselineFile, JSON.stringify(baseline));
      await sim('run', files['Scenario (JSON)'].path, '--out', join(dir, 'run'));
      await sim('ensemble', files['Scenario (JSON)'].path, '--baseline', baselineFile, '--out', join(dir, 'ensemble'));
      const ui = await readFile(files['Series (CSV)'].path, 'utf8');
      const cli = await readFile(join(dir, 'run/series.csv'), 'utf8');
      expect(firstDifference(ui, cli)).toBe('');
      expect(ui).toBe(cli);
      const uiRegions = await readFile(files['Regions (CSV)'].path, 'utf8');
      const cliRegions = await readFile(join(dir, 'run/regions.csv'), 'utf8');
      expect(uiRegions.split('\n')[0]).toMatch(/^seed,step,year,region,population,/);
      expect(firstDifference(uiRegions, cliRegions)).toBe('');
      expect(uiRegions).toBe(cliRegions);
      const uiDiff = await readFile(files['Differences (CSV)'].path, 'utf8');
      const cliDiff = await readFile(join(dir, 'ensemble/diff.csv'), 'utf8');
      expect(uiDiff.split('\n')[0]).toBe('indicator,step,year,mean,p5,p95,ci_low,ci_high');
      expect(firstDifference(uiDiff, cliDiff)).toBe('');
      expect(uiDiff).toBe(cliDiff);
      // One scenario hash: the lab's stamp is the command line's for the same scenario.
      const cliSummary = JSON.parse(await readFile(join(dir, 'ensemble/summary.json'), 'utf8'));
      expect(summary.stamp.scenarioSha256).toBe(cliSummary.stamp.scenario.scenarioSha256);
      const runSummary = JSON.parse(await readFile(join(dir, 'run/summary.json'), 'utf8'));
      expect(summary.stamp).toEqual(runSummary.stamp);
      // The baseline's series: the ensemble's baseline rows, without its variant column.
      const baselineRows = (await readFile(join(dir, 'ensemble/series.csv'), 'utf8'))
        .split('\n')
        .filter((line) => line.startsWith('baseline,'))
        .map((line) => line.slice('baseline,'.length));
      const uiBaseline = (await readFile(files['Baseline series (CSV)'].path, 'utf8')).split('\n').slice(1).filter(Boolean);
      expect(firstDifference(uiBaseline.join('\n'), baselineRows.join('\n'))).toBe('');
    } finally {
      await page.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('while results are updating, results files are disabled and say why', async () => {
    const { page } = await openLab(
      lab.browser.context,
      labUrl(lab.site.url, tinyScenario({ seeds: 6, personsPerAgent: 4000, endYear: 2025 })),
    );
    try {
      await waitForComplete(page);
      await page.locator('input[data-lever="bilateral.research_grants"]').focus();
      await page.keyboard.press('ArrowRight');
      await page.getByRole('button', { name: /Export/ }).click();
      // One look at the menu and the status in the same frame.
      const seen = await page.evaluate(() => {
        const root = document.querySelector('ds-app')?.shadowRoot;
        const menu = root?.querySelector('ds-export-menu')?.shadowRoot?.querySelector('[role="menu"]');
        const items = [...(menu?.querySelectorAll('[role="menuitem"]') ?? [])].map((i) => [
          i.textContent?.trim(),
          i.getAttribute('aria-disabled'),
        ]);
        return {
          state: root?.querySelector('.status')?.getAttribute('data-state'),
          items: Object.fromEntries(items),
          text: menu?.textContent ?? '',
        };
      });
      // Opened before the new results are complete: only the scenario file can be written, and the menu says why.
      if (seen.state !== 'complete') {
        expect(seen.items).toMatchObject({ 'Series (CSV)': 'true', 'Differences (CSV)': 'true', 'Scenario (JSON)': 'false' });
        expect(seen.text).toMatch(/wait for complete, up-to-date results/);
      }
    } finally {
      await page.close();
    }
  });
});
