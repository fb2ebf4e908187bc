import { getHeapSpaceStatistics } from 'node:v8';
import { stepper } from '../ruleProfile.js';

// `node --expose-gc --min-semi-space-size=512 --max-semi-space-size=512 --import tsx bench/profile/allocationByRule.ts [agents] [warm-up steps]`:
// growth of the young generation (new objects; compiled code and large arrays live elsewhere) across
// each rule over steady-state steps (the young generation is large enough that no collection happens
// in between). Reading the statistics allocates a little itself: that overhead is subtracted.
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const run = stepper(Number(process.argv[2] ?? 1e5));
const warmup = Number(process.argv[3] ?? 40);
for (let t = 0; t < warmup; t++) run.advance();
const steps = 10;
const bytes = new Float64Array(run.names.length);
const young = () => {
  for (const space of getHeapSpaceStatistics()) if (space.space_name === 'new_space') return space.space_used_size;
  return 0;
};
let overhead = 0;
for (let k = 0; k < 100; k++) {
  const a = young();
  overhead += young() - a;
}
overhead /= 100;
gc();
const totalBefore = young();
let mark = 0;
for (let t = 0; t < steps; t++) {
  run.advanceMeasuring((r, phase) => {
    const now = young();
    if (phase === 1) bytes[r] += now - mark - overhead;
    mark = young();
  });
}
const total = young() - totalBefore;
console.log(
  `young-generation bytes allocated per step after ${warmup} steps: ${(total / steps).toFixed(0)} bytes (with the measurement's own)`,
);
run.names.forEach((name, r) => {
  if (Math.abs(bytes[r] / steps) > 64) console.log(`${name.padEnd(40)} ${(bytes[r] / steps).toFixed(0).padStart(10)} bytes/step`);
});
