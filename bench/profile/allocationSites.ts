import { Session } from 'node:inspector';
import { INDICATOR_IDS } from '../../packages/engine/src/index.js';
import { simulationWithAgents } from '../measure.js';

// Where the quarters allocate: V8's sampling heap profiler started before the simulation exists (so
// starting it cannot disturb optimised code), counting objects already collected. It prints bytes by
// allocation site (function and line) as JSON after `steps` quarters; run it for two lengths and
// subtract to see the quarters in between:
//   node bench/.build/bench/profile/allocationSites.js 100000 40 > a.json; … 60 > b.json
interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}
const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
await post('HeapProfiler.startSampling', {
  samplingInterval: 512,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
const simulation = simulationWithAgents(Number(process.argv[2] ?? 1e5));
const row = new Float64Array(INDICATOR_IDS.length);
for (let t = 0; t < Number(process.argv[3] ?? 40); t++) simulation.advance(row, 0);
const { profile } = await post<{ profile: { head: ProfileNode } }>('HeapProfiler.stopSampling');
const totals: Record<string, number> = {};
const walk = (node: ProfileNode, parent: string) => {
  const cf = node.callFrame;
  const here = `${cf.functionName || '(anon)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`;
  if (node.selfSize) totals[`${here} <- ${parent}`] = (totals[`${here} <- ${parent}`] ?? 0) + node.selfSize;
  for (const child of node.children) walk(child, here);
};
walk(profile.head, '');
console.log(JSON.stringify(totals));
