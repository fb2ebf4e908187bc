import type { ScheduleValue } from '@diaspora-sim/engine';

/**
 * Every event the lab's elements emit, with its detail. Elements dispatch these (bubbling, composed,
 * so they cross shadow roots); the app shell listens. Properties flow in, these flow out.
 */
export type ParameterSection = 'levers' | 'drivers' | 'assumptions';
export type ExportFormat =
  | 'series-csv'
  | 'baseline-series-csv'
  | 'diff-csv'
  | 'regions-csv'
  | 'summary-json'
  | 'scenario-json'
  | 'charts-svg'
  | 'charts-png';
export type ChartMode = 'levels' | 'difference';
/** What the Map view shows: the scenario, the baseline or their paired difference. */
export type MapVariant = 'scenario' | 'baseline' | 'difference';
export type ScenarioRole = 'scenario' | 'baseline';

export interface ScenarioFields {
  name?: string;
  description?: string;
  endYear?: number;
  personsPerAgent?: number;
  seed?: number;
  seeds?: number;
}

export interface LabEventDetails {
  /** A lever, driver or assumption changed; `final` is false while a slider is still being dragged. `undefined` removes it (the default applies). */
  'ds-parameter-change': { section: ParameterSection; id: string; value: ScheduleValue | undefined; final: boolean };
  /** A schedule editor holds a valid schedule (already checked with the engine's schema). */
  'ds-schedule-change': { id: string; value: ScheduleValue };
  'ds-scenario-fields-change': ScenarioFields;
  'ds-scenario-pick': { file: string; role: ScenarioRole };
  'ds-scenario-file': { fileName: string; text: string };
  'ds-scenario-save': Record<string, never>;
  'ds-export': { format: ExportFormat };
  'ds-year-change': { year: number };
  /** The Map view's regional indicator or what it shows changed. */
  'ds-map-change': { indicator?: string; variant?: MapVariant };
  'ds-indicators-change': { ids: string[] };
  'ds-chart-mode-change': { mode: ChartMode };
  /** Whether the bands should include the behavioural assumptions' uncertainty (drawn per seed). */
  'ds-uncertainty-change': { sampleAssumptions: boolean };
  /** Charts show calendar-year values (flows: the year's mean rate) instead of quarters. */
  'ds-yearly-change': { yearly: boolean };
  'ds-open-docs': { anchor: string };
  /** The model documentation has no section of that name. */
  'ds-docs-missing': { anchor: string };
  /** A tab of a ds-tabs was chosen. */
  'ds-tab-change': { tab: string };
}

export type LabEventName = keyof LabEventDetails;
export type LabEvent<K extends LabEventName> = CustomEvent<LabEventDetails[K]>;

export function emit<K extends LabEventName>(from: EventTarget, name: K, detail: LabEventDetails[K]): boolean {
  return from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'ds-parameter-change': LabEvent<'ds-parameter-change'>;
    'ds-schedule-change': LabEvent<'ds-schedule-change'>;
    'ds-scenario-fields-change': LabEvent<'ds-scenario-fields-change'>;
    'ds-scenario-pick': LabEvent<'ds-scenario-pick'>;
    'ds-scenario-file': LabEvent<'ds-scenario-file'>;
    'ds-scenario-save': LabEvent<'ds-scenario-save'>;
    'ds-export': LabEvent<'ds-export'>;
    'ds-year-change': LabEvent<'ds-year-change'>;
    'ds-map-change': LabEvent<'ds-map-change'>;
    'ds-indicators-change': LabEvent<'ds-indicators-change'>;
    'ds-chart-mode-change': LabEvent<'ds-chart-mode-change'>;
    'ds-uncertainty-change': LabEvent<'ds-uncertainty-change'>;
    'ds-yearly-change': LabEvent<'ds-yearly-change'>;
    'ds-open-docs': LabEvent<'ds-open-docs'>;
    'ds-docs-missing': LabEvent<'ds-docs-missing'>;
    'ds-tab-change': LabEvent<'ds-tab-change'>;
  }
}
