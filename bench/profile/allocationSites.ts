import { Session } from 'node:inspector';
import { stepper } from '../ruleProfile.js';

// Where the steady-state steps allocate: V8's sampling heap profiler, counting objects already
// collected (garbage), over isolated calls of the named rules (or whole steps if none is named).
// `node bench/.build/bench/profile/allocationSites.js [agents] [rule…]` after bench/profile/build.sh (real line numbers).
const run = stepper(Number(process.argv[2] ?? 1e5));
for (let t = 0; t < 6; t++) run.advance();
const only = process.argv.slice(3);
const rules = only.map((name) => run.names.indexOf(name));
const repeat = () => {
  if (rules.length === 0) run.advance();
  else for (const r of rules) run.applyRule(r);
};
for (let k = 0; k < 30; k++) repeat();
const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<any>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
await post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let k = 0; k < 10; k++) repeat();
const { profile } = await post('HeapProfiler.stopSampling');
const totals = new Map<string, number>();
const walk = (node: any, stack: string[]) => {
  const cf = node.callFrame;
  const here = `${cf.functionName || '(anon)'} ${cf.url.split('/').slice(-3).join('/')}:${cf.lineNumber + 1}`;
  const path = [...stack, here];
  if (node.selfSize) {
    const key = path.slice(-2).join(' <- ');
    totals.set(key, (totals.get(key) ?? 0) + node.selfSize);
  }
  for (const child of node.children) walk(child, path);
};
walk(profile.head, []);
const sites = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 20);
for (const [site, bytes] of sites) console.log(`${(bytes / 10).toFixed(0).padStart(10)} bytes per call  ${site}`);
