import { findParameter, INDICATORS } from '@diaspora-sim/engine';
import type { BandKind } from '../ensemble/pairedAccumulator.js';
import { localeFormat } from '../i18n/format.js';
import { type Locale, SOURCE_LOCALE } from '../i18n/locales.js';
import { translator } from '../i18n/translator.js';
import type { ReproducibilityStamp } from '../output/stamp.js';
import type { MorrisRow } from '../sensitivity/analyseSensitivity.js';
import { BRIEF_STYLES } from './briefStyles.js';
import { escapeHtml, safeHref, svgImageSource } from './escape.js';
import type { ChangedLever, Finding } from './findings.js';

/**
 * The printable policy brief: one self-contained HTML page (the same file is downloaded and printed).
 * Every text that comes from input (names, findings, labels, the link) is escaped; charts are embedded
 * as images, so no input is ever parsed as part of the page.
 */
export interface BriefChart {
  readonly title: string;
  readonly svg: string;
}

/** A Morris screen of the behavioural assumptions for one indicator and year. */
export interface AssumptionScreen {
  readonly indicator: string;
  readonly year: number;
  readonly rows: readonly MorrisRow[];
}

export interface BriefInput {
  readonly locale: Locale;
  readonly scenarioName: string;
  readonly baselineName: string;
  readonly findings: readonly Finding[];
  readonly changedLevers: readonly ChangedLever[];
  readonly screen?: AssumptionScreen;
  /** Two or three; more are left out (one page). */
  readonly charts: readonly BriefChart[];
  readonly stamp: ReproducibilityStamp;
  readonly shareLink: string;
  readonly band: BandKind;
  /** The day the brief was made (given, so the same input makes the same page). */
  readonly date: Date;
}

export const MAX_CHARTS = 3;
export const MAX_LEVER_ROWS = 5;
export const MAX_ASSUMPTION_ROWS = 5;

export function buildBriefHtml(input: BriefInput): string {
  const tr = translator(input.locale);
  const format = localeFormat(tr);
  const t = (key: `brief:${string}`, values?: Record<string, unknown>) => escapeHtml(tr.t(key, values));
  const e = escapeHtml;
  const title = t('brief:html.title', { scenario: input.scenarioName, baseline: input.baselineName });
  const seeds = input.stamp.seeds;

  const leverRows = input.changedLevers.slice(0, MAX_LEVER_ROWS).map((lever) => {
    const found = findParameter(lever.id);
    if (!found) throw new Error(`unknown lever "${lever.id}"`);
    // "assumption: Assumption: …" says it twice: the evidence word only where the source does not begin with it.
    const word = tr.t(`catalog:evidence.${found.definition.evidence}`);
    const source = tr.text(found.kind, lever.id, 'source');
    const evidence = source.toLocaleLowerCase(tr.tag).startsWith(word.toLocaleLowerCase(tr.tag)) ? source : `${word}: ${source}`;
    const [from, to] = [format.parameterCell(lever.id, lever.baseline), format.parameterCell(lever.id, lever.scenario)];
    const unit = from.unit ? ` <span class="unit">(${e(from.unit)})</span>` : '';
    return `<tr><td>${e(tr.text(found.kind, lever.id, 'label'))}${unit}</td><td class="number">${e(from.value)}</td><td class="number">${e(to.value)}</td><td class="evidence">${e(evidence)}</td></tr>`;
  });
  const moreLevers = input.changedLevers.length - leverRows.length;
  const levers =
    leverRows.length === 0
      ? `<p>${t('brief:html.noLevers')}</p>`
      : `<table class="levers"><thead><tr><th>${t('brief:html.column.lever')}</th><th>${t('brief:html.column.baseline')}</th><th>${t('brief:html.column.scenario')}</th><th>${t('brief:html.column.evidence')}</th></tr></thead><tbody>${leverRows.join('')}</tbody></table>${moreLevers > 0 ? `<p class="note">${t('brief:html.moreLevers', { count: moreLevers })}</p>` : ''}`;

  const charts = input.charts.slice(0, MAX_CHARTS);
  const chartSection =
    charts.length === 0
      ? ''
      : `<section class="charts-section"><h2>${t('brief:html.charts')}</h2><div class="charts" style="--chart-columns: ${charts.length}">${charts
          .map((c) => `<figure><img src="${e(svgImageSource(c.svg))}" alt="${e(c.title)}"><figcaption>${e(c.title)}</figcaption></figure>`)
          .join('')}</div></section>`;

  const href = safeHref(input.shareLink);
  const link = href ? `<a href="${e(href)}">${e(input.shareLink)}</a>` : e(input.shareLink);
  const stamp = t('brief:html.stamp', {
    version: input.stamp.engineVersion,
    hash: input.stamp.scenarioSha256,
    seeds: seeds.length === 1 ? String(seeds[0]) : `${seeds[0]}–${seeds[seeds.length - 1]}`,
    personsPerAgent: format.number(input.stamp.personsPerAgent, 0),
  });

  return `<!doctype html>
<html lang="${e(tr.tag)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('brief:html.documentTitle', { scenario: input.scenarioName })}</title>
<style>${BRIEF_STYLES}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="subtitle">${t('brief:html.subtitle', { date: format.date(input.date) })}${input.locale === SOURCE_LOCALE ? '' : ` · <span class="unreviewed">${t('brief:html.unreviewed')}</span>`}</p>
</header>
<section class="findings-section">
<h2>${t('brief:html.findings')}</h2>
<ol class="findings">${input.findings.map((f) => `<li>${e(f.text)}</li>`).join('')}</ol>
<p class="note">${t('brief:html.method', { count: seeds.length })} ${t(`brief:html.band.${input.band}`)}</p>
</section>
<section class="levers-section">
<h2>${t('brief:html.levers')}</h2>
${levers}
</section>
<section class="assumptions-section">
<h2>${t('brief:html.assumptions')}</h2>
${assumptionsSection(input, t, e)}
</section>
${chartSection}
<footer>
<p class="stamp"><strong>${t('brief:html.reproduce')}:</strong> ${stamp}</p>
<p class="link">${t('brief:html.shareLink')}: ${link}</p>
</footer>
</body>
</html>
`;
}

function assumptionsSection(
  input: BriefInput,
  t: (key: `brief:${string}`, values?: Record<string, unknown>) => string,
  e: (text: string) => string,
): string {
  const tr = translator(input.locale);
  const format = localeFormat(tr);
  const screen = input.screen;
  const rows = (screen?.rows ?? [])
    .filter((row) => findParameter(row.parameter)?.kind === 'assumption' && Number.isFinite(row.muStar))
    .slice()
    .sort((a, b) => b.muStar - a.muStar || (a.parameter < b.parameter ? -1 : 1))
    .slice(0, MAX_ASSUMPTION_ROWS);
  if (!screen || rows.length === 0) return `<p>${t('brief:html.assumptionsNotAssessed')}</p>`;
  // The effect's unit once, in the column's heading: shares in percentage points, the rest in words.
  const indicator = INDICATORS.find((d) => d.id === screen.indicator);
  if (!indicator) throw new Error(`unknown indicator "${screen.indicator}"`);
  const share = indicator.kind === 'share';
  const effectSize = (muStar: number) => (share ? format.percentagePoints(muStar * 100) : format.human(muStar));
  const unitHeading = share ? '' : `, ${e(tr.unit(indicator.unit))}`;
  const body = rows
    .map((row) => {
      const { definition } = findParameter(row.parameter)!;
      const range = format.parameterRange(row.parameter, definition.min, definition.max);
      return `<tr><td>${e(tr.text('assumption', row.parameter, 'label'))}</td><td>${e(range)}</td><td class="number">${e(effectSize(row.muStar))}</td></tr>`;
    })
    .join('');
  const intro = t('brief:html.assumptionsIntro', { indicator: tr.text('indicator', screen.indicator, 'label'), year: screen.year });
  return `<p class="note">${intro}</p><table class="assumptions"><thead><tr><th>${t('brief:html.column.assumption')}</th><th>${t('brief:html.column.range')}</th><th>${t('brief:html.column.muStar')}${unitHeading}</th></tr></thead><tbody>${body}</tbody></table>`;
}
