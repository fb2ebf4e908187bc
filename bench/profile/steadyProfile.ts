import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { INDICATOR_IDS } from '../../packages/engine/src/index.js';
import { simulationWithAgents } from '../measure.js';

// A profile of the steady state only, after the warm-up quarters (so set-up and V8's first
// compilations are not in it): CPU time, or with --allocation every allocation sampled (objects
// collected since included: what the quarters allocate, not what survives). Compiled first (build.sh),
// since tsx runs each module as one line and the profile would lose line numbers:
//   sh bench/profile/build.sh && node bench/.build/bundle/steadyProfile.mjs [agents] [warm-up] [quarters] [file] [--allocation]
// (the bundle profiles the engine as it ships; bench/.build/bench/profile/steadyProfile.js, its modules apart)
// Functions V8 compiled before the profiler started have no line positions for what they inlined:
// a warm-up of 0 gives the lines (with the first compilations in the profile).
const [agents, warmup, steps] = [1e5, 10, 20].map((fallback, k) => Number(process.argv[2 + k] ?? fallback));
const allocation = process.argv.includes('--allocation');
const file = process.argv[5]?.startsWith('--') ? undefined : process.argv[5];
const output = file ?? (allocation ? 'steady.heapprofile' : 'steady.cpuprofile');
const simulation = simulationWithAgents(agents);
const row = new Float64Array(INDICATOR_IDS.length);
for (let t = 0; t < warmup; t++) simulation.advance(row, 0);
const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) =>
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
  );
if (allocation) {
  await post('HeapProfiler.enable');
  const options = { samplingInterval: 1024, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true };
  await post('HeapProfiler.startSampling', options);
} else {
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
}
for (let t = 0; t < steps; t++) simulation.advance(row, 0);
const { profile } = (await post(allocation ? 'HeapProfiler.stopSampling' : 'Profiler.stop')) as { profile: unknown };
writeFileSync(output, JSON.stringify(profile));
console.log(`${allocation ? 'allocation' : 'CPU'} profile of ${steps} quarters at ${agents} agents after ${warmup}: ${output}`);
