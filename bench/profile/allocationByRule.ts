import { stepper } from '../ruleProfile.js';

// `node --expose-gc --min-semi-space-size=512 --max-semi-space-size=512 --import tsx bench/profile/allocationByRule.ts [agents] [warm-up steps]`:
// heap growth across each rule over steady-state steps (the young generation is large enough that no
// collection happens in between). process.memoryUsage() allocates a little itself: that overhead,
// measured around an empty interval, is subtracted.
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const run = stepper(Number(process.argv[2] ?? 1e5));
const warmup = Number(process.argv[3] ?? 40);
for (let t = 0; t < warmup; t++) run.advance();
const steps = 10;
const bytes = new Float64Array(run.names.length);
let overhead = 0;
for (let k = 0; k < 100; k++) {
  const a = process.memoryUsage().heapUsed;
  overhead += process.memoryUsage().heapUsed - a;
}
overhead /= 100;
gc();
const totalBefore = process.memoryUsage().heapUsed;
let mark = 0;
for (let t = 0; t < steps; t++) {
  run.advanceMeasuring((r, phase) => {
    const now = process.memoryUsage().heapUsed;
    if (phase === 1) bytes[r] += now - mark - overhead;
    mark = process.memoryUsage().heapUsed;
  });
}
const total = process.memoryUsage().heapUsed - totalBefore;
console.log(`heap allocated per step after ${warmup} steps: ${(total / steps).toFixed(0)} bytes (with the measurement's own)`);
run.names.forEach((name, r) => {
  if (Math.abs(bytes[r] / steps) > 64) console.log(`${name.padEnd(40)} ${(bytes[r] / steps).toFixed(0).padStart(10)} bytes/step`);
});
