import fs from 'node:fs';
import { RULES } from '../../packages/engine/src/rules/order.js';
import { runScenario } from '../../packages/engine/src/run/runScenario.js';
import { parseScenario } from '../../packages/engine/src/scenario/parse.js';
import { resolveScenario } from '../../packages/engine/src/scenario/resolve.js';

const base = JSON.parse(fs.readFileSync('/work/main/scenarios/baseline.json', 'utf8'));
const parsed = parseScenario(base);
if (!parsed.ok) throw new Error('bad');
const resolved = resolveScenario(parsed.scenario);
const time = new Map<string, number>();
for (const r of RULES as any[]) {
  const f = r.apply;
  r.apply = (...a: any[]) => {
    const t = performance.now();
    f(...a);
    time.set(r.name, (time.get(r.name) ?? 0) + performance.now() - t);
  };
}
for (let k = 0; k < 4; k++) {
  if (k === 2) time.clear();
  runScenario(resolved, k + 1);
}
console.log(
  [...time]
    .sort((a, b) => b[1] - a[1])
    .map(([n, t]) => `${n.padEnd(36)} ${(t / 2).toFixed(1)} ms/run`)
    .join('\n'),
);
