import { parseScenario, type Scenario } from '@diaspora-sim/engine';

/**
 * The project's scenario files and model documentation, bundled at build time (never fetched at
 * run time, so the built site works offline). Files are validated like any other input.
 */
const scenarioFiles = import.meta.glob('../../../../scenarios/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;
const docFiles = import.meta.glob('../../../../docs/{model,references}.md', { eager: true, query: '?raw', import: 'default' }) as Record<
  string,
  string
>;

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

/** docs/model.md and docs/references.md as text (empty strings while they are not written yet). */
export const MODEL_DOC: string = Object.entries(docFiles).find(([p]) => p.endsWith('/model.md'))?.[1] ?? '';
export const REFERENCES_DOC: string = Object.entries(docFiles).find(([p]) => p.endsWith('/references.md'))?.[1] ?? '';
