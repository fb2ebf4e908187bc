import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../packages/analysis/src/index.js';
import { briefFindings } from '../../packages/ui/src/ds-policy-brief/briefFindings.js';
import { nodeRuns, printedText, words } from './support/brief.js';
import { labFixture } from './support/fixture.js';
import { labUrl, openLab, tinyScenario } from './support/lab.js';

// The brief in the lab's language: made in the Russian lab, it is written and printed in Russian, its
// numbers those of the same summary as in English, written the Russian way.
const lab = labFixture();
const RU = MESSAGES.ru;

/** The numbers a text holds, by size (signs and order dropped: the languages place them differently). */
function numbers(text: string, locale: 'en' | 'ru'): number[] {
  const pattern = locale === 'en' ? /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g : /\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;
  return (words(text).match(pattern) ?? [])
    .map((n) => Number(locale === 'en' ? n.replaceAll(',', '') : n.replaceAll(' ', '').replace(',', '.')))
    .sort((a, b) => a - b);
}

/** The findings of a brief's HTML, as text. */
function pageFindings(html: string): string[] {
  const list = html.match(/<ol class="findings">(.*?)<\/ol>/s)?.[1] ?? '';
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return [...list.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => m[1].replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]));
}

/** pdftotext joins a word hyphenated at a line's end ("90-" "процентный"): compare without hyphens. */
const unhyphenated = (text: string) => words(text).replaceAll('-', '');

/** Two-word fragments of the English brief templates, to find any left in a Russian page. */
function englishBriefFragments(): string[] {
  return Object.values(MESSAGES.en.brief)
    .flatMap((text) => text.split(/\{\{\w+\}\}/))
    .map((part) => part.replace(/^[\s(),.:;–—“”]+|[\s(),.:;–—“”]+$/g, ''))
    .filter((fragment) => (fragment.match(/[A-Za-z]{2,}/g) ?? []).length >= 2);
}

describe('Policy brief in the lab’s language', () => {
  it('a brief made in Russian prints Russian findings with the summary’s numbers in Russian formats, and says lang="ru-RU"', {
    timeout: 300_000,
  }, async () => {
    const baselineJson = tinyScenario({ endYear: 2023, name: 'Проверочный базовый вариант', seeds: 3 });
    const scenarioJson = tinyScenario({
      endYear: 2023,
      seeds: 3,
      name: 'Больше исследовательских грантов',
      levers: { 'bilateral.research_grants': 60 },
    });
    const url = labUrl(lab.site.url, scenarioJson, baselineJson, { tab: 'brief', year: 2023, language: 'ru' });
    const { page, errors } = await openLab(lab.browser.context, url);
    try {
      const frame = page.locator('ds-policy-brief iframe');
      await frame.waitFor({ timeout: 120_000 });
      const shown = (await frame.evaluate((f) => (f as HTMLIFrameElement).srcdoc)) as string;
      expect(shown).toMatch(/^<!doctype html>\s*<html lang="ru-RU">/);
      const printed = await printedText(lab.browser.context, shown);

      // The same runs in Node: the findings in Russian and in English speak of the same changes.
      const { scenario, baseline, runs } = nodeRuns(scenarioJson, baselineJson);
      const russian = briefFindings(scenario, baseline, runs, 2023, 'ru');
      const english = briefFindings(scenario, baseline, runs, 2023, 'en');
      expect(russian.length).toBeGreaterThanOrEqual(3);
      expect(russian.map((f) => [f.kind, f.change])).toEqual(english.map((f) => [f.kind, f.change]));
      russian.forEach((finding, i) => {
        expect(unhyphenated(printed)).toContain(unhyphenated(finding.text));
        // Every number of the English finding, no other, written with a decimal comma and spaced thousands.
        expect(numbers(finding.text, 'ru'), finding.text).toEqual(numbers(english[i].text, 'en'));
        expect(finding.text).not.toMatch(/\d\.\d|\d,\d{3}\b/);
      });
      // "No clear effect" in Russian where the interval includes zero.
      const unclear = russian.filter((f) => f.change && !f.change.clear);
      expect(unclear.length).toBeGreaterThan(0);
      for (const finding of unclear) expect(finding.text).toContain('нет явного эффекта');
      // The page's own words in Russian, and none of the English templates.
      expect(printed).toContain(RU.brief['html.findings']);
      expect(printed).toContain(RU.brief['html.assumptionsNotAssessed'].slice(0, 30));
      expect(printed).toContain(RU.catalog['lever.bilateral.research_grants.label']);
      expect(englishBriefFragments().filter((fragment) => printed.includes(fragment))).toEqual([]);
      // The view around it in Russian too.
      expect(await page.getByRole('button', { name: RU.lab['brief.download'] }).isEnabled()).toBe(true);
      // Another language chosen in the lab makes the brief again in it.
      await page.getByRole('combobox', { name: RU.lab['app.language'], exact: true }).selectOption('en');
      await page.waitForFunction(
        () => {
          const brief = document.querySelector('ds-app')?.shadowRoot?.querySelector('ds-policy-brief')?.shadowRoot;
          return (brief?.querySelector('iframe') as HTMLIFrameElement | null)?.srcdoc.includes('<html lang="en-GB">');
        },
        undefined,
        { timeout: 60_000, polling: 250 },
      );
      const remade = (await frame.evaluate((f) => (f as HTMLIFrameElement).srcdoc)) as string;
      expect(remade).toContain('no clear effect');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['kk', 'kk-KZ'],
    ['uz', 'uz-Latn-UZ'],
  ] as const)(
    'a brief made in %s in Chromium (no Intl data for it) is written in it, with the summary’s numbers written the way the language does',
    {
      timeout: 300_000,
    },
    async (language, tag) => {
      const baselineJson = tinyScenario({ endYear: 2023, name: 'B', seeds: 3 });
      const scenarioJson = tinyScenario({ endYear: 2023, seeds: 3, name: 'S', levers: { 'bilateral.research_grants': 60 } });
      const url = labUrl(lab.site.url, scenarioJson, baselineJson, { tab: 'brief', year: 2023, language });
      const { page, errors } = await openLab(lab.browser.context, url);
      try {
        const frame = page.locator('ds-policy-brief iframe');
        await frame.waitFor({ timeout: 120_000 });
        const shown = (await frame.evaluate((f) => (f as HTMLIFrameElement).srcdoc)) as string;
        expect(shown).toContain(`<html lang="${tag}">`);
        const { scenario, baseline, runs } = nodeRuns(scenarioJson, baselineJson);
        const english = briefFindings(scenario, baseline, runs, 2023, 'en');
        const found = pageFindings(shown);
        expect(found).toHaveLength(english.length);
        found.forEach((text, i) => {
          expect(numbers(text, 'ru'), text).toEqual(numbers(english[i].text, 'en'));
          expect(text).not.toMatch(/\d\.\d|\d,\d{3}\b/);
        });
        // ICU's root date ("2026 M12 3") and compact forms ("4.6G") would show here.
        const printed = await printedText(lab.browser.context, shown);
        expect(printed).toMatch(/\d{2}\.\d{2}\.\d{4}/);
        expect(printed).not.toMatch(/\bM\d{1,2}\b|\d[GMK]\b/);
        // The page's own words in the language, and none of the English templates.
        expect(printed).toContain(MESSAGES[language].brief['html.findings']);
        expect(printed).toContain(MESSAGES[language].catalog['lever.bilateral.research_grants.label']);
        expect(englishBriefFragments().filter((fragment) => printed.includes(fragment))).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
