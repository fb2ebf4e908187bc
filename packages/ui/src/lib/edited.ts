import { canonicalJson } from '@diaspora-sim/analysis';
import type { Scenario } from '@diaspora-sim/engine';
import { runKey } from '../engine-client/index.js';
import { BUNDLED_SCENARIOS } from './bundled.js';

/** The bundled file a scenario is identical to (by what determines its runs and its name), or ''. */
export function matchBundled(scenario: Scenario): string {
  const key = runKey(scenario);
  return BUNDLED_SCENARIOS.find((b) => runKey(b.scenario) === key && b.scenario.name === scenario.name)?.file ?? '';
}

const policy = (s: Scenario) => canonicalJson({ levers: s.levers, drivers: s.drivers, assumptions: s.assumptions, start: s.startYear });

/**
 * Whether a scenario is a bundled file's policy changed: it carries that file's name but other
 * levers, drivers or assumptions. (Run settings such as seeds or size are not the policy; a
 * scenario renamed by the reader is their own, not an edited file.)
 */
export function isEdited(scenario: Scenario): boolean {
  const source = BUNDLED_SCENARIOS.find((b) => b.scenario.name === scenario.name);
  return !!source && policy(source.scenario) !== policy(scenario);
}
