import { MAX_AGE_QUARTERS, mixedUnionShare, vitalRatesOf } from '../data/vitalRates.js';
import { ADULT_QUARTERS } from '../equations/ages.js';
import { param } from '../equations/values.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORA_COUNT, Kind, Partner, Sex } from '../state/codes.js';
import { drawRegionMember, type MemberIndex, memberIndexOf } from '../state/network.js';
import { TIES_PER_AGENT } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { blockEnd } from '../state/sweep.js';
import type { Rule } from './rule.js';

const STREAM = streamId('unions');
// Draws of the person forming a union (keyed by its id); ring picks use DRAW_PICK + k.
const DRAW_UNION = 0;
const DRAW_MIXED = 1;
const DRAW_PICK = 2;
/** Uniform draws handed back by rng.uniformInto (a double returned by a call V8 does not inline is allocated). */
const drawn = new Float64Array(1);
/** Members of the region looked at when no partner is found among the ties and their ties. */
const REGION_PICKS = 16;
/** A woman's partner is at most this much younger or older than her (quarters). */
const YOUNGER_LIMIT = -2 * 4;
const OLDER_LIMIT = 12 * 4;

/**
 * Unions (docs/model.md "Unions"), after the network repair so that the member index of the quarter
 * is current. A settled single woman of 18 or more forms a union in a quarter with the hazard of her
 * diaspora's age-at-first-union schedule (data/vitalRates.ts); with the chance of her region's mixed
 * share (unions.mixed_share × (1 − enclave share) / 0.5) her partner is from the host majority, else
 * she looks for a co-ethnic: among her ties and their ties, the single settled man of her weight
 * whose age is nearest hers plus the age gap (within 2 years younger and 12 older), else the first
 * such man among a few members of her region picked on its ring (as the network picks ties). If
 * none is found she stays single this quarter. A single man forms a union with a host-majority wife
 * at his schedule (women's shifted by the gap) times the mixed share; his co-ethnic unions come from
 * the women's choices. Widowed persons are single and may form a new union; there is no divorce.
 */
export const applyUnions: Rule = (state, _levers, params, rng, step) => {
  const rates = vitalRatesOf(params);
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    hazards[2 * d] = rates.union[d][0];
    hazards[2 * d + 1] = rates.union[d][1];
  }
  const regions = state.regions;
  if (mixed.length < regions.length) mixed = new Float64Array(regions.length);
  for (let r = 0; r < regions.length; r++) mixed[r] = mixedUnionShare(rates, regions[r].enclaveShare);
  setup.gapQuarters = param(params, 'unions.age_gap_years') * 4;
  setup.key = rng.streamKey(STREAM, step);
  current.index = memberIndexOf(state, step);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) formUnions(state, rng, from, blockEnd(from, end));
};

/** This quarter's union hazards by diaspora · 2 + sex (references into the run's schedules). */
const hazards: Float64Array[] = new Array(DIASPORA_COUNT * 2).fill(new Float64Array(0));
/** Share of unions with the host majority, by region. */
let mixed = new Float64Array(0);
const setup = { gapQuarters: 0, key: Number.NaN };
const current: { index: MemberIndex | undefined } = { index: undefined };

const SETTLED = Kind.settled;
const FEMALE = Sex.female;
const NONE = Partner.none;
const HOST = Partner.hostMajority;
const ADULT = ADULT_QUARTERS;
const MAX_AGE = MAX_AGE_QUARTERS;

function formUnions(state: SimulationState, rng: RandomSource, from: number, to: number): void {
  const p = state.persons;
  const { alive, kind, partner, ageQuarters, sex, diaspora, region, id } = p;
  const key = setup.key;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0 || kind[i] !== SETTLED || partner[i] !== NONE) continue;
    const age = ageQuarters[i];
    if (age < ADULT || age >= MAX_AGE) continue;
    const s = sex[i];
    // Ids signed (the draws only multiply them): a newcomer's id past 2^31 crossing a call is allocated.
    rng.uniformInto(drawn, 0, key, id[i] | 0, DRAW_UNION);
    const u = drawn[0];
    const hazard = hazards[2 * diaspora[i] + s][age];
    if (s !== FEMALE) {
      if (u < hazard * mixed[region[i]]) partner[i] = HOST;
      continue;
    }
    if (u >= hazard) continue;
    rng.uniformInto(drawn, 0, key, id[i] | 0, DRAW_MIXED);
    if (drawn[0] < mixed[region[i]]) {
      partner[i] = HOST;
      continue;
    }
    const man = partnerAmongTies(state, i);
    const chosen = man >= 0 ? man : partnerInRegion(state, i, rng);
    if (chosen < 0) continue;
    partner[i] = chosen;
    partner[chosen] = i;
  }
}

/** Whether `m` may become the partner of woman `w`: alive, settled, single, an adult man of her weight, within the age limits. */
function eligible(state: SimulationState, w: number, m: number): boolean {
  const p = state.persons;
  if (m < 0 || m === w || p.alive[m] === 0 || p.kind[m] !== SETTLED || p.partner[m] !== NONE || p.sex[m] === FEMALE) return false;
  const difference = p.ageQuarters[m] - p.ageQuarters[w];
  return p.ageQuarters[m] >= ADULT && difference >= YOUNGER_LIMIT && difference <= OLDER_LIMIT && p.weight[m] === p.weight[w];
}

/** The best candidate so far of partnerAmongTies (fields, so no closure is allocated per search). */
const search = { best: -1, score: 0 };

/** The eligible man among w's person ties and their person ties whose age gap is nearest the preferred one (ties broken by id); -1 if none. */
function partnerAmongTies(state: SimulationState, w: number): number {
  const ties = state.persons.ties;
  search.best = -1;
  search.score = Number.POSITIVE_INFINITY;
  for (let k = 0; k < TIES_PER_AGENT; k++) {
    const t = ties[w * TIES_PER_AGENT + k];
    if (t < 0) continue;
    consider(state, w, t);
    for (let k2 = 0; k2 < TIES_PER_AGENT; k2++) consider(state, w, ties[t * TIES_PER_AGENT + k2]);
  }
  return search.best;
}

function consider(state: SimulationState, w: number, m: number): void {
  if (!eligible(state, w, m)) return;
  const p = state.persons;
  const score = Math.abs(p.ageQuarters[m] - p.ageQuarters[w] - setup.gapQuarters);
  if (score < search.score || (score === search.score && p.id[m] < p.id[search.best])) {
    search.best = m;
    search.score = score;
  }
}

/** The first eligible man among REGION_PICKS members of w's region picked on its ring; -1 if none. */
function partnerInRegion(state: SimulationState, w: number, rng: RandomSource): number {
  const p = state.persons;
  const index = current.index;
  if (!index) return -1;
  for (let k = 0; k < REGION_PICKS; k++) {
    rng.uniformInto(drawn, 0, setup.key, p.id[w] | 0, DRAW_PICK + k);
    const m = drawRegionMember(index, w, p.region[w], drawn[0]);
    if (eligible(state, w, m)) return m;
  }
  return -1;
}
