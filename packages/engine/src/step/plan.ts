import { observeHosts } from '../observe/observeHosts.js';
import { observePersons } from '../observe/observePersons.js';
import { acculturation } from '../rules/acculturation.js';
import { applyAgeingAndDeath } from '../rules/applyAgeingAndDeath.js';
import { applyBilateralTrade } from '../rules/applyBilateralTrade.js';
import { applyBirths } from '../rules/applyBirths.js';
import { applyEconomicContext } from '../rules/applyEconomicContext.js';
import { applyHomeCapitalEnterprises } from '../rules/applyHomeCapitalEnterprises.js';
import { applyLabourMigration } from '../rules/applyLabourMigration.js';
import { applyNetworkRepair } from '../rules/applyNetworkRepair.js';
import { applyReturnToKinState } from '../rules/applyReturnToKinState.js';
import { applyStatusChanges } from '../rules/applyStatusChanges.js';
import { applyStudentExchange } from '../rules/applyStudentExchange.js';
import { applyUnions } from '../rules/applyUnions.js';
import { attitudeEncounters, attitudeRelaxation } from '../rules/attitudes.js';
import { businessFormation } from '../rules/businessFormation.js';
import { civicParticipation } from '../rules/civicParticipation.js';
import { contacts } from '../rules/contacts.js';
import { discrimination } from '../rules/discrimination.js';
import { employment } from '../rules/employment.js';
import { homeTies } from '../rules/homeTies.js';
import { contactMemory, prejudice, regionPersons } from '../rules/hostContacts.js';
import { householdBudget } from '../rules/householdBudget.js';
import type { HostKernel, PersonKernel } from '../rules/kernel.js';
import { knowledgeTransfer } from '../rules/knowledgeTransfer.js';
import { language, languageSnapshot } from '../rules/language.js';
import type { Rule } from '../rules/rule.js';

/**
 * The quarter (model brief section 3; docs/model.md "Process overview"), as phases run in this order.
 * A rule is one call over the state (demography adds and removes agents; trade and enterprises are
 * national aggregates). A pass is a list of kernels over every agent: the reference step
 * (step/referenceStep.ts) runs each kernel over all agents before the next; the fused step runs the
 * pass's generated loop (step/passes/, from scripts/generatePasses.ts), every kernel for one agent
 * before the next agent. Both give the same bits because a kernel reads another agent's values only
 * where no kernel of its pass writes them (the generator checks the columns).
 * Levers are read before the first phase; the indicators are written after the last.
 */
export type Phase =
  | { readonly kind: 'rule'; readonly name: string; readonly apply: Rule }
  // biome-ignore lint/suspicious/noExplicitAny: a pass holds kernels of different step types.
  | { readonly kind: 'persons'; readonly name: string; readonly kernels: ReadonlyArray<PersonKernel<any>> }
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  | { readonly kind: 'hosts'; readonly name: string; readonly kernels: ReadonlyArray<HostKernel<any>> };

export const STEP_PLAN: readonly Phase[] = [
  { kind: 'rule', name: 'economic context', apply: applyEconomicContext },
  // 2. Demography
  { kind: 'rule', name: 'ageing and death', apply: applyAgeingAndDeath },
  { kind: 'rule', name: 'births', apply: applyBirths },
  { kind: 'rule', name: 'labour migration', apply: applyLabourMigration },
  { kind: 'rule', name: 'student exchange', apply: applyStudentExchange },
  { kind: 'rule', name: 'status changes', apply: applyStatusChanges },
  { kind: 'rule', name: 'return to kin state', apply: applyReturnToKinState },
  { kind: 'rule', name: 'network repair', apply: applyNetworkRepair },
  // After the repair: unions pick partners with the quarter's member index.
  { kind: 'rule', name: 'unions', apply: applyUnions },
  // The start of the quarter every agent's mechanisms read: language states, persons per region.
  { kind: 'persons', name: 'snapshot', kernels: [languageSnapshot, regionPersons] },
  // 3–11 for each person: contacts, discrimination, language, the person's side of attitudes (in the
  // social pass: it replays the quarter's met ties while they are in cache; no kernel between reads
  // trust in the host or the hosts' attitudes), acculturation, economy, knowledge, civic life; then
  // the person's indicators. Three passes, not one: V8
  // inlines calls only within a budget per optimised function, and acculturation's two logistic
  // curves (the engine's exact exp) would use it all; a call it does not inline allocates the
  // doubles crossing it and makes the loop reload every column after it.
  { kind: 'persons', name: 'social', kernels: [contacts, discrimination, language, attitudeEncounters] },
  { kind: 'persons', name: 'acculturation', kernels: [acculturation] },
  {
    kind: 'persons',
    name: 'economy',
    kernels: [employment, homeTies, householdBudget, businessFormation, knowledgeTransfer, civicParticipation, observePersons],
  },
  // The host majority: contacts per host person, prejudice, attitudes; then the hosts' indicators.
  // Two passes: prejudice's exact exp then has the inlining budget of its own loop (see the persons' passes).
  { kind: 'hosts', name: 'hostContacts', kernels: [contactMemory, prejudice] },
  { kind: 'hosts', name: 'hostAttitudes', kernels: [attitudeRelaxation, observeHosts] },
  // 8. National aggregates from the quarter's links and investment.
  { kind: 'rule', name: 'bilateral trade', apply: applyBilateralTrade },
  { kind: 'rule', name: 'enterprises with home capital', apply: applyHomeCapitalEnterprises },
];
