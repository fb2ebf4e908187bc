import { execFileSync } from 'node:child_process';
import type { Hosts } from '../packages/engine/src/state/hosts.js';
import { memberIndexBytes } from '../packages/engine/src/state/network.js';
import { bytesPerSlot, type Persons } from '../packages/engine/src/state/persons.js';
import { liveAgents, modelThroughput, randomDrawsPerSecond, streamingCeiling } from './measure.js';
import type { profileRules } from './ruleProfile.js';

/**
 * `pnpm bench`: the engine's speed and memory, all measured in this one run (ratios, not absolute
 * times, are what to compare on a shared, noisy machine). Targets from issue 2 are printed beside
 * each figure. `--quick` skips the full-scale run.
 */
const format = (x: number) => x.toExponential(2);
const report = (label: string, value: string, target = '') => console.log(`${label.padEnd(62)} ${value.padStart(12)}   ${target}`);

console.log('diaspora-sim engine benchmark (one core)\n');
report('random draws per second', format(randomDrawsPerSecond(2e7)));

// [target agents, measured quarters, warm-up quarters]
const SIZES = [
  [1e4, 40, 10],
  [1e5, 12, 10],
  [1e6, 3, 3],
] as const;
for (const [agents, steps, warmup] of SIZES) {
  console.log('');
  const model = modelThroughput(agents, steps, warmup);
  const { persons, hosts } = model.simulation.state;
  const ceiling = streamingCeiling(persons, 3);
  report(
    `full model, ${format(model.agents)} agents: agent-steps per second`,
    format(model.agentStepsPerSecond),
    agents === 1e5 ? 'target >= 1e7 (aim 2e7)' : '',
  );
  report(
    '  streaming pass over the same columns (ceiling)',
    format(ceiling),
    `model at ${((100 * model.agentStepsPerSecond) / ceiling).toFixed(1)}% of it`,
  );
  const live = liveAgents(persons);
  const columns = persons.buffer.byteLength + hostBytes(hosts);
  report(
    `  bytes per live agent: persons buffer and hosts (after ${warmup + steps} quarters)`,
    (columns / live).toFixed(0),
    'target <= 150',
  );
  report(
    '  ... with the member index and per-slot scratch of the rules',
    ((columns + memberIndexBytes() + scratchBytes(persons)) / live).toFixed(0),
    `capacity ${(persons.capacity / live).toFixed(2)} slots per live agent`,
  );
}
console.log('');
report('bytes per agent slot (columns and 10 tie slots)', String(bytesPerSlot()));

const tsx = ['--import', 'tsx'];
console.log('\nper-rule time at 1e5 agents (10 quarters after 10 of warm-up, in a child process):');
const profile: ReturnType<typeof profileRules> = JSON.parse(
  execFileSync(process.execPath, [...tsx, 'bench/ruleProfileChild.ts'], { encoding: 'utf8' }),
);
let total = 0;
for (const rule of profile.rules) total += rule.secondsPerStep;
for (const rule of [...profile.rules].sort((a, b) => b.share - a.share)) {
  console.log(
    `  ${rule.name.padEnd(40)} ${(rule.secondsPerStep * 1e3).toFixed(2).padStart(7)} ms ${(100 * rule.share).toFixed(1).padStart(5)}%` +
      ` ${((rule.secondsPerStep * 1e9) / profile.agents).toFixed(1).padStart(7)} ns/agent`,
  );
}
report(
  '  all rules and the observer: agent-steps per second',
  format(profile.agents / total),
  `${((total * 1e9) / profile.agents).toFixed(0)} ns per agent-step`,
);

const allocation = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', '--min-semi-space-size=256', '--max-semi-space-size=256', ...tsx, 'bench/allocation.ts'], {
    encoding: 'utf8',
  }),
);
console.log('');
report(
  `heap allocated per step, 1e5 agents, after ${allocation.warmup} quarters (bytes)`,
  allocation.bytesPerStep.toFixed(0),
  'target: none (0 up to noise)',
);

if (!process.argv.includes('--quick')) {
  console.log('\nfull-scale run (1 agent per person, 100 quarters) in a child process...');
  const full = JSON.parse(execFileSync(process.execPath, [...tsx, 'bench/fullScale.ts'], { encoding: 'utf8' }));
  report('full scale: agents at start / end', `${full.agentsAtStart} / ${full.agentsAtEnd}`);
  report('full scale: seconds for 100 quarters (setup apart)', full.seconds.toFixed(1), `setup ${full.setupSeconds.toFixed(1)} s`);
  report('full scale: agent-steps per second', format(full.agentStepsPerSecond));
  report(
    'full scale: times the columns grew (slots used / capacity)',
    String(full.growths),
    `${full.slotsUsed} / ${full.capacityAtStart} at start, ${full.capacityAtEnd} at end`,
  );
  report('full scale: peak resident memory, whole process (MiB)', full.peakRssMiB.toFixed(0), 'target < 512');
  report('  of which Node, tsx, zod and mathjs before the first agent (MiB)', full.rssBeforeMiB.toFixed(0));
}

function hostBytes(hosts: Hosts): number {
  let bytes = 0;
  for (const value of Object.values(hosts)) if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  return bytes;
}

/** Per-slot scratch of the rules: the language rule's snapshot of states (1 byte) and the repair's bitmap of empty slots (1 bit). */
function scratchBytes(persons: Persons): number {
  return persons.capacity + Math.ceil(persons.capacity / 8);
}
