import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFindings } from '../../packages/ui/src/ds-policy-brief/briefFindings.js';
import { nodeRuns, printedText, words } from './support/brief.js';
import { labFixture } from './support/fixture.js';
import { labUrl, openLab, tinyScenario } from './support/lab.js';

// The Brief view in Chromium: printed to PDF, its text holds each finding with the summary's numbers;
// the downloaded HTML is the page shown and printed.
const lab = labFixture();

describe('Policy brief', () => {
  it('prints each finding with the summary’s numbers, “no clear effect” where the interval includes zero; the download is the printed page; a Morris screen fills the assumptions', {
    timeout: 600_000,
  }, async () => {
    const baselineJson = tinyScenario({ endYear: 2023, name: 'Tiny baseline', seeds: 3 });
    const scenarioJson = tinyScenario({
      endYear: 2023,
      seeds: 3,
      name: 'More research grants',
      levers: { 'bilateral.research_grants': 60 },
    });
    const url = labUrl(lab.site.url, scenarioJson, baselineJson, { tab: 'brief', year: 2023 });
    const { page, errors } = await openLab(lab.browser.context, url);
    const dir = await mkdtemp(join(tmpdir(), 'ds-ui-brief-'));
    try {
      const frame = page.locator('ds-policy-brief iframe');
      await frame.waitFor({ timeout: 120_000 });
      const shown = (await frame.evaluate((f) => (f as HTMLIFrameElement).srcdoc)) as string;
      expect(shown).toMatch(/^<!doctype html>/);

      // Download HTML: the very page shown.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download HTML' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^more-research-grants_brief_sha256-[0-9a-f]{12}_seeds-1-3_engine-[\d.]+\.html$/);
      const htmlPath = join(dir, 'brief.html');
      await download.saveAs(htmlPath);
      const downloaded = await readFile(htmlPath, 'utf8');
      expect(downloaded).toBe(shown);

      // Printed to PDF in Chromium, from the downloaded file, and read back as text.
      const printed = await printedText(lab.browser.context, downloaded);

      // The findings the summary of the same runs gives in Node (the engine's bits are the same there).
      const { scenario, baseline, runs } = nodeRuns(scenarioJson, baselineJson);
      const expected = briefFindings(scenario, baseline, runs, 2023);
      expect(expected.length).toBeGreaterThanOrEqual(3);
      for (const finding of expected) expect(printed).toContain(words(finding.text));
      expect(printed).toContain('More research grants');
      // An effect whose interval includes zero is worded "no clear effect"; at least one such here.
      const unclear = expected.filter((f) => f.change && f.change.shown.low <= 0 && f.change.shown.high >= 0);
      expect(unclear.length).toBeGreaterThan(0);
      for (const finding of unclear) expect(finding.text).toContain('no clear effect');
      expect(printed).toContain('no clear effect');
      // The lever changed, the assumptions not screened (said so), the stamp.
      expect(printed).toMatch(/not assessed/i);
      expect(printed).toContain('Joint research projects funded');
      expect(printed).toMatch(/scenario SHA-256 [0-9a-f]{64}/);
      expect(errors).toEqual([]);

      // A Morris screen of the assumptions, run for the brief, replaces "not assessed" with its table.
      await page.getByRole('button', { name: /Screen the assumptions/ }).click();
      await page.waitForFunction(
        () => {
          const brief = document.querySelector('ds-app')?.shadowRoot?.querySelector('ds-policy-brief')?.shadowRoot;
          return (brief?.querySelector('iframe') as HTMLIFrameElement | null)?.srcdoc.includes('<table class="assumptions">');
        },
        undefined,
        { timeout: 400_000, polling: 1000 },
      );
      const screened = (await frame.evaluate((f) => (f as HTMLIFrameElement).srcdoc)) as string;
      expect(screened).not.toMatch(/not assessed/i);
      expect(screened.match(/<table class="assumptions">.*?<\/table>/s)?.[0].match(/<tr>/g)?.length).toBe(1 + 5);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
