import { INITIAL_POPULATION, migrantWeight, studentWeight } from '../data/initialPopulation.js';
import { kazakhstanShareFactor, REFERENCE_LEGAL_ACCESS } from '../data/migration.js';
import { param } from '../equations/values.js';
import { exp } from '../math/index.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import type { ResolvedScenario } from '../scenario/resolve.js';
import { Diaspora } from './codes.js';

/**
 * Slots the columns are created with: a conservative projection of the agents a run will hold at
 * most, so that the columns need not grow (growing copies them, and both copies are resident while
 * copying: at full scale that alone passed 512 MB). Slots never used are never written, so a generous
 * projection costs address space, not memory. Growing stays as the fallback (simulationState.ts).
 *
 * Settled members grow at most at their pyramid's stable growth rate over the horizon (returns,
 * which keep Kazakhs in Uzbekistan flat, are ignored, and so is mortality above the life table's),
 * with a margin for settling migrants and their families; labour migrants tend to the stock the
 * arrivals imply (stock potential × the largest legal-access and Russia factors the schedules
 * reach), with a margin for a widening wage gap; students at most double. Within a quarter the
 * slots of those who leave are reused only after that quarter's newcomers arrive: a margin for that
 * too. Measured: the baseline at 1:1 used 2,309,343 slots (1.41 times its start); this projects 3,252,506 (1.98 times).
 */
const SETTLED_MARGIN = 1.1;
const MIGRANT_MARGIN = 1.25;
const STUDENT_FACTOR = 2;
const WITHIN_QUARTER_MARGIN = 1.05;

export function projectedSlots(resolved: ResolvedScenario, personsPerAgent: number, initialAgents: number): number {
  const params = resolved.assumptions;
  const { steps, stepsPerYear } = resolved.timeline;
  const years = steps / stepsPerYear;
  const ppa = Math.max(1, Math.round(personsPerAgent));
  const arrivalEffect = param(params, 'migration.legal_access_arrival_effect');
  const russiaFactor = largest(resolved, 'russia.migration_pull', kazakhstanShareFactor);
  let agents = 0;
  DIASPORAS.forEach((diasporaId, d) => {
    const pop = INITIAL_POPULATION[d];
    agents += (pop.settled / ppa) * exp(pop.pyramidGrowthRate * years) * SETTLED_MARGIN;
    const legalFactor = largest(resolved, `${diasporaId}.migrant_legal_access`, (access) =>
      Math.max(0, 1 + arrivalEffect * (access - REFERENCE_LEGAL_ACCESS)),
    );
    const potential =
      d === Diaspora.uz_in_kz
        ? param(params, 'migration.stock_potential') * russiaFactor
        : param(params, 'migration.kz_in_uz_stock_potential');
    const migrants = Math.max(pop.labourMigrants, potential * legalFactor * MIGRANT_MARGIN);
    agents += migrants / migrantWeight(d, personsPerAgent);
    agents += (pop.students / studentWeight(personsPerAgent)) * STUDENT_FACTOR;
  });
  return Math.max(initialAgents, Math.ceil(agents * WITHIN_QUARTER_MARGIN)) + 64;
}

/** The largest value of f over a lever's or driver's schedule. */
function largest(resolved: ResolvedScenario, id: string, f: (value: number) => number): number {
  const values = resolved.schedules.get(id);
  if (!values) throw new Error(`unknown lever or driver "${id}"`);
  let most = Number.NEGATIVE_INFINITY;
  for (const value of values) most = Math.max(most, f(value));
  return most;
}
