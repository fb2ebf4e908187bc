import { applyAcculturation } from './applyAcculturation.js';
import { applyAgeingAndDeath } from './applyAgeingAndDeath.js';
import { applyAttitudes } from './applyAttitudes.js';
import { applyBilateralTrade } from './applyBilateralTrade.js';
import { applyBirths } from './applyBirths.js';
import { applyBusinessFormation } from './applyBusinessFormation.js';
import { applyCivicParticipation } from './applyCivicParticipation.js';
import { applyContacts } from './applyContacts.js';
import { applyDiscrimination } from './applyDiscrimination.js';
import { applyEconomicContext } from './applyEconomicContext.js';
import { applyEmployment } from './applyEmployment.js';
import { applyHomeCapitalEnterprises } from './applyHomeCapitalEnterprises.js';
import { applyHomeTies } from './applyHomeTies.js';
import { applyHouseholdBudget } from './applyHouseholdBudget.js';
import { applyKnowledgeTransfer } from './applyKnowledgeTransfer.js';
import { applyLabourMigration } from './applyLabourMigration.js';
import { applyLanguage } from './applyLanguage.js';
import { applyNetworkRepair } from './applyNetworkRepair.js';
import { applyPrejudice } from './applyPrejudice.js';
import { applyReturnToKinState } from './applyReturnToKinState.js';
import { applyStatusChanges } from './applyStatusChanges.js';
import { applyStudentExchange } from './applyStudentExchange.js';
import { applyUnions } from './applyUnions.js';
import type { Rule } from './rule.js';

/**
 * The order of mechanisms inside a quarter (model brief section 3; docs/model.md "Process overview").
 * Levers are read before the first rule; indicators are observed after the last.
 */
export const RULES: ReadonlyArray<{ name: string; apply: Rule }> = [
  { name: 'economic context', apply: applyEconomicContext },
  // 2. Demography
  { name: 'ageing and death', apply: applyAgeingAndDeath },
  { name: 'births', apply: applyBirths },
  { name: 'labour migration', apply: applyLabourMigration },
  { name: 'student exchange', apply: applyStudentExchange },
  { name: 'status changes', apply: applyStatusChanges },
  { name: 'return to kin state', apply: applyReturnToKinState },
  { name: 'network repair', apply: applyNetworkRepair },
  // After the repair: unions pick partners with the quarter's member index.
  { name: 'unions', apply: applyUnions },
  // 3–6. Contacts, discrimination and prejudice, language, acculturation
  { name: 'contacts', apply: applyContacts },
  { name: 'discrimination', apply: applyDiscrimination },
  { name: 'prejudice', apply: applyPrejudice },
  { name: 'language', apply: applyLanguage },
  { name: 'acculturation', apply: applyAcculturation },
  // 7–8. Economy and trade
  { name: 'employment and income', apply: applyEmployment },
  { name: 'home ties', apply: applyHomeTies },
  { name: 'household budget: remittances, investment, saving', apply: applyHouseholdBudget },
  { name: 'business formation and trade links', apply: applyBusinessFormation },
  { name: 'bilateral trade', apply: applyBilateralTrade },
  { name: 'enterprises with home capital', apply: applyHomeCapitalEnterprises },
  // 9–11. Knowledge, civic life, attitudes
  { name: 'knowledge transfer', apply: applyKnowledgeTransfer },
  { name: 'civic participation', apply: applyCivicParticipation },
  { name: 'bilateral attitudes', apply: applyAttitudes },
];
