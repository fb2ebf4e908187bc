import { stepper } from '../ruleProfile.js';

// `node --expose-gc --max-semi-space-size=256 --import tsx bench/profile/allocationByRule.ts`:
// heap growth across each rule over steady-state steps (no collection happens in between).
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const run = stepper(Number(process.argv[2] ?? 1e5));
for (let t = 0; t < 8; t++) run.advance();
const steps = 10;
const bytes = new Float64Array(run.names.length);
// Re-run the step's rules one at a time is not possible from outside; instead wrap the clock hook:
// stepper records time per rule; here we sample heapUsed around each rule through the same loop.
gc();
const totalBefore = process.memoryUsage().heapUsed;
for (let t = 0; t < steps; t++) run.advanceMeasuring((r, phase) => {
  if (phase === 0) bytes[r] -= process.memoryUsage().heapUsed;
  else bytes[r] += process.memoryUsage().heapUsed;
});
const total = process.memoryUsage().heapUsed - totalBefore;
console.log(`heap allocated per step: ${(total / steps).toFixed(0)} bytes`);
run.names.forEach((name, r) => {
  if (Math.abs(bytes[r]) > 0) console.log(`${name.padEnd(40)} ${(bytes[r] / steps).toFixed(0).padStart(10)} bytes/step`);
});
