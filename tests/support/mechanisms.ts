import type { Assumptions, StepValues } from '../../packages/engine/src/equations/values.js';
import type { RandomSource } from '../../packages/engine/src/rng.js';
import { acculturation } from '../../packages/engine/src/rules/acculturation.js';
import { attitudeEncounters, attitudeRelaxation } from '../../packages/engine/src/rules/attitudes.js';
import { businessFormation } from '../../packages/engine/src/rules/businessFormation.js';
import { civicParticipation } from '../../packages/engine/src/rules/civicParticipation.js';
import { contacts } from '../../packages/engine/src/rules/contacts.js';
import { discrimination } from '../../packages/engine/src/rules/discrimination.js';
import { employment } from '../../packages/engine/src/rules/employment.js';
import { homeTies } from '../../packages/engine/src/rules/homeTies.js';
import { contactMemory, prejudice, regionPersons } from '../../packages/engine/src/rules/hostContacts.js';
import { householdBudget } from '../../packages/engine/src/rules/householdBudget.js';
import { knowledgeTransfer } from '../../packages/engine/src/rules/knowledgeTransfer.js';
import { language, languageSnapshot } from '../../packages/engine/src/rules/language.js';
import type { Rule } from '../../packages/engine/src/rules/rule.js';
import { runHostKernel, runPersonKernel } from '../../packages/engine/src/rules/runKernel.js';
import type { SimulationState } from '../../packages/engine/src/state/simulationState.js';

/**
 * One mechanism at a time, for tests: its kernels over every agent as the reference step runs them
 * (with the snapshot or host-side kernels it cannot do without).
 */
type Kernels = Array<{ persons: Parameters<typeof runPersonKernel>[0] } | { hosts: Parameters<typeof runHostKernel>[0] }>;

function mechanism(kernels: Kernels): Rule {
  return (state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, t: number) => {
    for (const k of kernels) {
      if ('persons' in k) runPersonKernel(k.persons, state, levers, params, rng, t);
      else runHostKernel(k.hosts, state, levers, params, rng, t);
    }
  };
}

/** Contacts: persons per region (the hosts' scale), the contacts, and the hosts' contacts per person. */
export const applyContacts = mechanism([{ persons: regionPersons }, { persons: contacts }, { hosts: contactMemory }]);
export const applyDiscrimination = mechanism([{ persons: discrimination }]);
export const applyPrejudice = mechanism([{ hosts: prejudice }]);
export const applyLanguage = mechanism([{ persons: languageSnapshot }, { persons: language }]);
export const applyAcculturation = mechanism([{ persons: acculturation }]);
export const applyEmployment = mechanism([{ persons: employment }]);
export const applyHomeTies = mechanism([{ persons: homeTies }]);
export const applyHouseholdBudget = mechanism([{ persons: householdBudget }]);
export const applyBusinessFormation = mechanism([{ persons: businessFormation }]);
export const applyKnowledgeTransfer = mechanism([{ persons: knowledgeTransfer }]);
export const applyCivicParticipation = mechanism([{ persons: civicParticipation }]);
/** Attitudes: the persons' encounters, then the hosts' relaxation (hosts' scale from the persons per region). */
export const applyAttitudes = mechanism([{ persons: regionPersons }, { persons: attitudeEncounters }, { hosts: attitudeRelaxation }]);
