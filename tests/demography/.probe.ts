import fs from 'node:fs';
import { runScenario } from '../../packages/engine/src/run/runScenario.js';
import { parseScenario } from '../../packages/engine/src/scenario/parse.js';
import { resolveScenario } from '../../packages/engine/src/scenario/resolve.js';

const base = JSON.parse(fs.readFileSync('/work/main/scenarios/baseline.json', 'utf8'));
const extra = JSON.parse(process.argv[2] ?? '{}');
const parsed = parseScenario({ ...base, ...extra });
if (!parsed.ok) throw new Error('bad');
const resolved = resolveScenario(parsed.scenario);
const ids = [
  'population',
  'migrants',
  'births',
  'deaths_settled',
  'deaths_sojourners',
  'arrivals',
  'departures',
  'returns_to_kin_state',
  'transfers_to_settled',
  'students',
  'student_arrivals',
];
const seeds = Number(process.argv[3] ?? 1);
const acc: Record<string, Float64Array> = {};
const t0 = Date.now();
let res;
for (let s = 1; s <= seeds; s++) {
  res = runScenario(resolved, s);
  const n = res.indicatorIds.length;
  for (const d of ['uz_in_kz', 'kz_in_uz'])
    for (const k of ids) {
      const id = `${d}.${k}`;
      const j = res.indicatorIds.indexOf(id);
      acc[id] ??= new Float64Array(res.steps);
      for (let t = 0; t < res.steps; t++) acc[id][t] += res.values[t * n + j] / seeds;
    }
}
console.log('ms per run', (Date.now() - t0) / seeds);
for (const d of ['uz_in_kz', 'kz_in_uz']) {
  console.log(d);
  console.log('year ' + ids.map((k) => k.slice(0, 10).padStart(11)).join(''));
  for (let t = 0; t < res!.steps; t += 4) {
    const yearAvg = (id: string) => {
      let s = 0;
      for (let q = 0; q < 4; q++) s += acc[id][t + q];
      return s / 4;
    };
    console.log(
      String(2021 + t / 4) +
        ' ' +
        ids
          .map((k) => {
            const id = `${d}.${k}`;
            const v = ['population', 'migrants', 'students'].includes(k) ? acc[id][t + 3] : yearAvg(id);
            return Math.round(v).toString().padStart(11);
          })
          .join(''),
    );
  }
}
