import { describe, expect, it } from 'vitest';
import { languageState, Speaks, tieThreshold } from '../../../packages/engine/src/equations/social.js';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { hostTie } from '../../../packages/engine/src/state/codes.js';
import { TIES_PER_AGENT } from '../../../packages/engine/src/state/persons.js';
import { applyContacts, applyLanguage } from '../../support/mechanisms.js';
import { createTinyState, type HostSpec, type PersonSpec } from '../../support/tinyState.js';
import { defaultLevers, defaultParams, mulberry32 } from './support.js';

/**
 * Verification of the language rule against the three-state ODE it implies (docs/model.md, language ODE;
 * "The three-state ODE"): well-mixed contacts (every quarter each tie slot is redrawn: a host with
 * chance θ, else a random other person), schools and courses off, all agents children (one rate).
 * With x, y, z the shares heritage-only, host-only and bilingual, and contacts met each quarter
 * M ~ Binomial(k, q), each a host-language-only speaker with chance θ + (1 − θ)y, bilingual (1 − θ)z,
 * heritage-only (1 − θ)x:
 *   dx/dt = −x·E[c·s·(Ŷ + kẐ)^a] + z·E[c·(1 − s)·(1 − Ŷ)^a]
 *   dy/dt = −y·E[c·(1 − s)·(X̂ + kẐ)^a] + z·E[c·s·(1 − X̂)^a]
 * with X̂, Ŷ, Ẑ the shares among the M met (rates 0 when M = 0). Integrated here with RK4.
 */
const N = 20_000;
const HOSTS = 200;
const THETA = 0.3;
const QUARTERS = 40;
const params = defaultParams({ 'language.shift_rate': 0.1, 'language.host_school_gain': 0 });
const levers = defaultLevers({
  'uz_in_kz.language_course_seats': 0,
  'uz_in_kz.heritage_school_places': 0,
  'uz_in_kz.cultural_events': 0,
});

function buildState() {
  const persons: PersonSpec[] = [];
  for (let i = 0; i < N; i++) {
    const kind = i % 10; // 50% heritage only, 30% bilingual, 20% host only
    const [heritageLanguage, hostLanguage] = kind < 5 ? [0.8, 0.2] : kind < 8 ? [0.8, 0.8] : [0.2, 0.8];
    persons.push({ heritageLanguage, hostLanguage, ageQuarters: 10 * 4, diaspora: 0, region: 0 });
  }
  const hosts: HostSpec[] = Array.from({ length: HOSTS }, () => ({ diaspora: 0, region: 0, prejudice: 0 }));
  return createTinyState({ persons, hosts, capacity: N });
}

function rewire(state: ReturnType<typeof buildState>, random: () => number): void {
  const ties = state.persons.ties;
  for (let i = 0; i < N; i++) {
    for (let k = 0; k < TIES_PER_AGENT; k++) {
      let tie: number;
      if (random() < THETA) tie = hostTie(Math.floor(random() * HOSTS));
      else {
        tie = Math.floor(random() * (N - 1));
        if (tie >= i) tie++;
      }
      ties[i * TIES_PER_AGENT + k] = tie;
    }
  }
}

function shares(state: ReturnType<typeof buildState>): [number, number, number] {
  const counts = [0, 0, 0];
  const p = state.persons;
  for (let i = 0; i < N; i++) counts[languageState(p.heritageLanguage[i], p.hostLanguage[i])]++;
  return [counts[Speaks.heritageOnly] / N, counts[Speaks.hostOnly] / N, counts[Speaks.bilingual] / N];
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let j = 1; j <= k; j++) r = (r * (n - k + j)) / j;
  return r;
}

/** Mean transition rates over the contacts met, for shares (x, y). */
function meanRates(x: number, y: number): { xz: number; yz: number; zx: number; zy: number } {
  const c = params['language.shift_rate'];
  const s = params['language.host_status'];
  const a = params['language.status_exponent'];
  const k = params['language.bilingual_similarity'];
  const q = tieThreshold(params, TIES_PER_AGENT) / 64;
  const z = 1 - x - y;
  const pY = THETA + (1 - THETA) * y;
  const pZ = (1 - THETA) * z;
  const pX = (1 - THETA) * x;
  const rates = { xz: 0, yz: 0, zx: 0, zy: 0 };
  for (let m = 1; m <= TIES_PER_AGENT; m++) {
    const pm = binomial(TIES_PER_AGENT, m) * q ** m * (1 - q) ** (TIES_PER_AGENT - m);
    for (let nx = 0; nx <= m; nx++) {
      for (let nz = 0; nz <= m - nx; nz++) {
        const ny = m - nx - nz;
        const prob = pm * binomial(m, nx) * binomial(m - nx, nz) * pX ** nx * pZ ** nz * pY ** ny;
        const [hx, hy, hz] = [nx / m, ny / m, nz / m];
        rates.xz += prob * c * s * (hy + k * hz) ** a;
        rates.yz += prob * c * (1 - s) * (hx + k * hz) ** a;
        rates.zx += prob * c * (1 - s) * (1 - hy) ** a;
        rates.zy += prob * c * s * (1 - hx) ** a;
      }
    }
  }
  return rates;
}

function derivative([x, y]: [number, number]): [number, number] {
  const r = meanRates(x, y);
  const z = 1 - x - y;
  return [-x * r.xz + z * r.zx, -y * r.yz + z * r.zy];
}

function integrateOde(x0: number, y0: number, quarters: number, substeps: number): Array<[number, number]> {
  const path: Array<[number, number]> = [[x0, y0]];
  let v: [number, number] = [x0, y0];
  const h = 1 / substeps;
  for (let t = 0; t < quarters; t++) {
    for (let s = 0; s < substeps; s++) {
      const k1 = derivative(v);
      const k2 = derivative([v[0] + (h / 2) * k1[0], v[1] + (h / 2) * k1[1]]);
      const k3 = derivative([v[0] + (h / 2) * k2[0], v[1] + (h / 2) * k2[1]]);
      const k4 = derivative([v[0] + h * k3[0], v[1] + h * k3[1]]);
      v = [v[0] + (h / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]), v[1] + (h / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1])];
    }
    path.push(v);
  }
  return path;
}

describe('language rule against its three-state ODE (well-mixed, schools and courses off)', () => {
  it('keeps the agent shares within 0.015 of the RK4 solution over 40 quarters', () => {
    const state = buildState();
    const rng = createRandomSource(11);
    const random = mulberry32(5);
    const simulated: Array<[number, number, number]> = [shares(state)];
    for (let t = 0; t < QUARTERS; t++) {
      rewire(state, random);
      applyContacts(state, levers, params, rng, t);
      applyLanguage(state, levers, params, rng, t);
      simulated.push(shares(state));
    }
    const ode = integrateOde(simulated[0][0], simulated[0][1], QUARTERS, 4);
    let worst = 0;
    for (let t = 0; t <= QUARTERS; t++) {
      const [x, y] = ode[t];
      worst = Math.max(worst, Math.abs(simulated[t][0] - x), Math.abs(simulated[t][1] - y), Math.abs(simulated[t][2] - (1 - x - y)));
    }
    console.log(
      'worst deviation',
      worst.toFixed(4),
      'final',
      simulated[QUARTERS].map((v) => v.toFixed(3)).join(' '),
      'ode',
      ode[QUARTERS].map((v) => v.toFixed(3)).join(' '),
    );
    // The shares really move (so agreement is not trivial) ...
    expect(Math.abs(simulated[QUARTERS][1] - simulated[0][1])).toBeGreaterThan(0.1);
    // ... and follow the ODE: binomial noise of 20,000 agents (sd about 0.0035) and one move per quarter at most.
    expect(worst).toBeLessThan(0.015);
  });
});
