import { issuesText, type RichText } from '@diaspora-sim/analysis';
import {
  compileSchedule,
  createTimeline,
  findParameter,
  parameterPath,
  parseScenario,
  type Scenario,
  ScheduleError,
  type ScheduleValue,
  scenarioIssue,
} from '@diaspora-sim/engine';
import type { ParameterSection, ScenarioFields } from '../events.js';
import { tr } from './language.js';

/** A refusal says why in the lab's language. */
export type EditResult = { ok: true; scenario: Scenario } | { ok: false; message: RichText };

/** Every edit goes back through the engine's schema: the lab never holds an invalid scenario. */
function validated(candidate: unknown): EditResult {
  const parsed = parseScenario(candidate);
  return parsed.ok ? { ok: true, scenario: parsed.scenario } : { ok: false, message: issuesText(tr(), parsed.issues) };
}

/** The scenario with one lever, driver or assumption set (`undefined` removes it: the default applies). */
export function withParameter(scenario: Scenario, section: ParameterSection, id: string, value: ScheduleValue | undefined): EditResult {
  // A slider's change event repeats its last input event: the same scenario, not a new one.
  if (value === scenario[section][id] || (value === undefined && !(id in scenario[section]))) return { ok: true, scenario };
  const values: Record<string, unknown> = { ...scenario[section] };
  if (value === undefined) delete values[id];
  else values[id] = value;
  const edited = { ...scenario, [section]: values };
  // A slider sends a constant many times a second: check just that value, with the same function the
  // schema checks schedules with, rather than re-validating the whole scenario each time.
  if (value === undefined || typeof value === 'number') {
    const found = findParameter(id);
    const expected = section === 'levers' ? 'lever' : section === 'drivers' ? 'driver' : 'assumption';
    if (found && found.kind === expected) {
      try {
        if (value !== undefined)
          compileSchedule(found.definition, value, createTimeline(scenario.startYear, scenario.endYear, scenario.stepsPerYear));
        return { ok: true, scenario: edited as Scenario };
      } catch (error) {
        if (!(error instanceof ScheduleError)) throw error;
        const issue = scenarioIssue(parameterPath(section, id), { code: 'schedule', params: { section, id, problem: error.problem } });
        return { ok: false, message: issuesText(tr(), [issue]) };
      }
    }
  }
  return validated(edited);
}

export function withFields(scenario: Scenario, fields: ScenarioFields): EditResult {
  return validated({ ...scenario, ...fields });
}
