import { execFileSync } from 'node:child_process';
import { randomDrawsPerSecond } from './measure.js';
import type { profileRules } from './ruleProfile.js';
import { compareEngines, type Engine, type EngineFigures } from './speed/compareEngines.js';

/**
 * `pnpm bench`: the engine's speed and memory, all measured in this one run, beside v1 built from its
 * git tag (bench/speed/v1Build.ts). The machine is shared: compare the ratios, which come from
 * interleaved rounds in one run, not absolute times across runs. Targets from issue 9 are printed
 * beside each figure, then the engine's elementary functions beside Math.* (their cost). `--quick`
 * measures 10^5 agents only and skips the 1:1 run.
 */
const quick = process.argv.includes('--quick');
const format = (x: number) => x.toExponential(2);
const report = (label: string, value: string, target = '') => console.log(`${label.padEnd(72)} ${value.padStart(12)}   ${target}`);

console.log('diaspora-sim engine benchmark (one core per engine run)\n');
report('random draws per second', format(randomDrawsPerSecond(2e7)));

const ENGINES: readonly Engine[] = ['fused', 'reference', 'v1'];
const LABEL: Record<string, string> = { fused: 'v2 fused passes', reference: 'v2 reference step', v1: 'v1 (its tag)' };
// [agents, rounds, warm-up quarters, measured quarters, allocation warm-up, throughput target]
const SIZES = [
  [1e5, 4, 10, 10, 30, 5e6],
  [1e6, 1, 3, 3, 0, 4e6],
] as const;
for (const [agents, rounds, warmup, steps, allocationWarmup, target] of SIZES) {
  if (quick && agents > 1e5) continue;
  console.log(`\nfull model at about ${format(agents)} agents: ${rounds} interleaved round(s) of ${steps} quarters after ${warmup}`);
  const figures = compareEngines(ENGINES, { agents, rounds, warmup, steps, allocationWarmup });
  const by = (engine: Engine) => figures.find((f) => f.engine === engine) as EngineFigures;
  for (const f of figures) {
    report(
      `  ${LABEL[f.engine]}: ns per agent-step, fastest round (${format(f.agents)} agents)`,
      f.nsPerAgentStep.toFixed(0),
      `${format(1e9 / f.nsPerAgentStep)} agent-steps/s${f.engine === 'fused' ? ` (target >= ${format(target)})` : ''}; rounds ${f.rounds.map((r) => r.toFixed(0)).join(' ')}`,
    );
  }
  const speedup = (a: Engine, b: Engine) => `${(by(b).nsPerAgentStep / by(a).nsPerAgentStep).toFixed(2)}x`;
  report('  fused / reference (speed)', speedup('fused', 'reference'));
  report('  fused / v1 (speed)', speedup('fused', 'v1'), agents === 1e5 ? 'target >= 2.5x' : '');
  report('  reference / v1 (speed)', speedup('reference', 'v1'));
  for (const f of figures) {
    report(
      `  ${LABEL[f.engine]}: bytes per live agent, columns in use (with member index)`,
      f.bytesPerAgent.toFixed(0),
      `${f.bytesPerAgentWithIndex.toFixed(0)} with the index; reserved ${f.reservedBytesPerAgent.toFixed(0)}; process resident ${f.residentBytesPerAgent.toFixed(0)}; JS heap ${f.heapUsedPerAgent.toFixed(0)}/agent${f.engine === 'fused' ? '; target <= 150' : ''}`,
    );
  }
  if (allocationWarmup > 0) {
    for (const f of figures) {
      report(
        `  ${LABEL[f.engine]}: heap allocated per quarter after ${allocationWarmup} (bytes)`,
        f.youngBytesPerQuarter.toFixed(0),
        `${(f.youngBytesPerQuarter / f.agents).toFixed(1)} per agent${f.engine === 'fused' ? '; target 0' : ''}`,
      );
    }
  }
}

const tsx = ['--import', 'tsx'];
console.log('\nper-unit time of the reference step at 1e5 agents (10 quarters after 10 of warm-up, in a child process):');
const profile: ReturnType<typeof profileRules> = JSON.parse(
  execFileSync(process.execPath, [...tsx, 'bench/ruleProfileChild.ts'], { encoding: 'utf8' }),
);
let total = 0;
for (const rule of profile.rules) total += rule.secondsPerStep;
for (const rule of [...profile.rules].sort((a, b) => b.share - a.share)) {
  console.log(
    `  ${rule.name.padEnd(48)} ${(rule.secondsPerStep * 1e3).toFixed(2).padStart(7)} ms ${(100 * rule.share).toFixed(1).padStart(5)}%` +
      ` ${((rule.secondsPerStep * 1e9) / profile.agents).toFixed(1).padStart(7)} ns/agent`,
  );
}
report('  all units: ns per agent-step', ((total * 1e9) / profile.agents).toFixed(0));

// The price of results that are the same bits in every JavaScript engine (issue 12): the engine's
// correctly rounded exp, log, pow, sin and cos beside Math.* on the inputs the model uses.
console.log("\nthe engine's elementary functions beside Math.* (bench/elementary.bench.ts, in a child process):");
process.stdout.write(
  execFileSync(process.execPath, [...tsx, 'bench/elementary.bench.ts'], {
    encoding: 'utf8',
    env: { ...process.env, ROUNDS: quick ? '3' : '7' },
  }),
);

if (!quick) {
  console.log('\nfull-scale run (1 agent per person, 100 quarters) in a child process...');
  const full = JSON.parse(execFileSync(process.execPath, [...tsx, 'bench/fullScale.ts'], { encoding: 'utf8' }));
  report('full scale: agents at start / end', `${full.agentsAtStart} / ${full.agentsAtEnd}`);
  report(
    'full scale: seconds for 100 quarters (setup apart)',
    full.seconds.toFixed(1),
    `setup ${full.setupSeconds.toFixed(1)} s; target < 60`,
  );
  report('full scale: agent-steps per second', format(full.agentStepsPerSecond));
  report(
    'full scale: times the columns grew (slots used / capacity)',
    String(full.growths),
    `${full.slotsUsed} / ${full.capacityAtStart} at start, ${full.capacityAtEnd} at end`,
  );
  report('full scale: peak resident memory, whole process (MiB)', full.peakRssMiB.toFixed(0), 'target < 512');
  report('  of which Node, tsx, zod and mathjs before the first agent (MiB)', full.rssBeforeMiB.toFixed(0));
}
