import { execFileSync } from 'node:child_process';
import { bytesPerSlot } from '../packages/engine/src/state/persons.js';
import { liveAgents, modelThroughput, randomDrawsPerSecond, streamingCeiling } from './measure.js';

/**
 * `pnpm bench`: the engine's speed and memory, all measured in this one run (ratios, not absolute
 * times, are what to compare on a noisy machine). Targets from issue 2 are printed beside each figure.
 */
const format = (x: number) => x.toExponential(2);
const lines: string[] = [];
const report = (label: string, value: string, target = '') => {
  const line = `${label.padEnd(58)} ${value.padStart(12)}   ${target}`;
  lines.push(line);
  console.log(line);
};

console.log('diaspora-sim engine benchmark (one core)\n');
report('random draws per second', format(randomDrawsPerSecond(2e7)));

for (const [agents, steps] of [
  [1e4, 40],
  [1e5, 12],
  [1e6, 3],
] as const) {
  const { agents: live, agentStepsPerSecond, simulation } = modelThroughput(agents, steps, 2);
  const ceiling = streamingCeiling(simulation.state.persons, 3);
  const p = simulation.state.persons;
  const bytes = p.buffer.byteLength + hostBytes(simulation.state.hosts);
  report(
    `full model, ${format(live)} agents: agent-steps per second`,
    format(agentStepsPerSecond),
    agents === 1e5 ? 'target >= 1e7 (aim 2e7)' : '',
  );
  report(
    `  streaming pass over the same columns (ceiling)`,
    format(ceiling),
    `model at ${((100 * agentStepsPerSecond) / ceiling).toFixed(1)}% of it`,
  );
  report(`  bytes per live agent (columns, ties, hosts, spare room)`, (bytes / liveAgents(p)).toFixed(0), 'target <= 150');
}
report('bytes per agent slot (columns and 10 tie slots)', String(bytesPerSlot()));

const tsx = ['--import', 'tsx'];
const allocation = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', '--max-semi-space-size=256', ...tsx, 'bench/allocation.ts'], { encoding: 'utf8' }),
);
report('heap allocated per step in steady state, 1e5 agents (bytes)', allocation.bytesPerStep.toFixed(0), 'target: none (0 up to noise)');

if (!process.argv.includes('--quick')) {
  console.log('\nfull-scale run (1 agent per person, 100 quarters) in a child process...');
  const full = JSON.parse(execFileSync(process.execPath, [...tsx, 'bench/fullScale.ts'], { encoding: 'utf8' }));
  report('full scale: agents at start / end', `${full.agentsAtStart} / ${full.agentsAtEnd}`);
  report('full scale: seconds for 100 quarters', full.seconds.toFixed(1));
  report('full scale: peak resident memory (MiB)', full.peakRssMiB.toFixed(0), 'target < 512');
}

function hostBytes(hosts: { count: number }): number {
  // diaspora, region (1 byte each), prejudice, attitude, contactsStep, contactsYear (4 bytes each)
  return hosts.count * 18;
}
