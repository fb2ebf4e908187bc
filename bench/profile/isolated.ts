import { stepper } from '../ruleProfile.js';

// `node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 --import tsx bench/profile/isolated.ts [agents] [rule…]`:
// each rule alone, called repeatedly on the state of a warmed-up run: ns per live agent (fastest call)
// and heap bytes per call.
const gc = (globalThis as { gc?: () => void }).gc;
const run = stepper(Number(process.argv[2] ?? 1e5));
for (let t = 0; t < 6; t++) run.advance();
const only = process.argv.slice(3);
const p = run.state.persons;
const skip = ['births', 'labour migration', 'student exchange', 'ageing and death', 'return to kin state'];
for (let r = 0; r < run.names.length; r++) {
  const name = run.names[r];
  if (only.length ? !only.includes(name) : skip.includes(name)) continue;
  for (let k = 0; k < 40; k++) run.applyRule(r);
  gc?.();
  const calls = 20;
  const heap = process.memoryUsage().heapUsed;
  let ns = Number.POSITIVE_INFINITY;
  for (let k = 0; k < calls; k++) {
    const start = process.hrtime.bigint();
    run.applyRule(r);
    ns = Math.min(ns, Number(process.hrtime.bigint() - start));
  }
  const bytes = (process.memoryUsage().heapUsed - heap) / calls;
  let live = 0;
  for (let i = 0; i < p.end; i++) live += p.alive[i];
  console.log(`${name.padEnd(40)} ${(ns / live).toFixed(1).padStart(8)} ns/agent ${bytes.toFixed(0).padStart(10)} bytes/call`);
}
