import { formatIssues, parseScenario, SCHEMA_VERSION, type Scenario } from '@diaspora-sim/engine';

/**
 * The project's scenario files, bundled at build time (never fetched at
 * run time, so the built site works offline). Files are validated like any other input.
 */
const scenarioFiles = import.meta.glob('../../../../scenarios/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

export interface BundledScenario {
  /** File name, e.g. "baseline.json". */
  readonly file: string;
  readonly scenario: Scenario;
}

export const BUNDLED_SCENARIOS: readonly BundledScenario[] = Object.entries(scenarioFiles)
  .map(([path, content]) => ({ file: path.slice(path.lastIndexOf('/') + 1), content }))
  .filter(({ file }) => file !== 'schema.json')
  .flatMap(({ file, content }) => {
    const parsed = parseScenario(content);
    return parsed.ok ? [{ file, scenario: parsed.scenario }] : [];
  })
  .sort((a, b) => (a.file === 'baseline.json' ? -1 : b.file === 'baseline.json' ? 1 : a.file.localeCompare(b.file)));

export const BASELINE_FILE = 'baseline.json';

export function bundledScenario(file: string): Scenario | undefined {
  return BUNDLED_SCENARIOS.find((s) => s.file === file)?.scenario;
}

/** The what-if the lab opens on (a deliberate choice; the baseline when the file is missing). */
export const FEATURED_FILE = 'full-cooperation.json';

/** The baseline file's scenario, or the engine's defaults when the file is missing. */
export const BASELINE: Scenario =
  bundledScenario(BASELINE_FILE) ??
  (() => {
    const parsed = parseScenario({ schemaVersion: SCHEMA_VERSION, name: 'Baseline: 2021 status quo' });
    if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
    return parsed.scenario;
  })();
