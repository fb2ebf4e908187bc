import { formatIssues, parseScenario, type Scenario, type ScheduleValue } from '@diaspora-sim/engine';
import type { ParameterSection, ScenarioFields } from '../events.js';

export type EditResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Every edit goes back through the engine's schema: the lab never holds an invalid scenario. */
function validated(candidate: unknown): EditResult {
  const parsed = parseScenario(candidate);
  return parsed.ok ? { ok: true, scenario: parsed.scenario } : { ok: false, message: formatIssues(parsed.issues) };
}

/** The scenario with one lever, driver or assumption set (`undefined` removes it: the default applies). */
export function withParameter(scenario: Scenario, section: ParameterSection, id: string, value: ScheduleValue | undefined): EditResult {
  const values: Record<string, unknown> = { ...scenario[section] };
  if (value === undefined) delete values[id];
  else values[id] = value;
  return validated({ ...scenario, [section]: values });
}

export function withFields(scenario: Scenario, fields: ScenarioFields): EditResult {
  return validated({ ...scenario, ...fields });
}
