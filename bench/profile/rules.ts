import { profileRules } from '../ruleProfile.js';

// `npx tsx bench/profile/rules.ts [agents] [steps]`: the per-rule profile alone.
const agents = Number(process.argv[2] ?? 1e5);
const steps = Number(process.argv[3] ?? 10);
const { agents: live, rules } = profileRules(agents, steps, 3);
console.log(`per-rule time per step at ${live.toFixed(0)} agents (${steps} steps)`);
for (const r of [...rules].sort((a, b) => b.share - a.share)) {
  console.log(
    `${r.name.padEnd(40)} ${(r.secondsPerStep * 1e3).toFixed(2).padStart(9)} ms ${(100 * r.share).toFixed(1).padStart(6)}%  ${((r.secondsPerStep * 1e9) / live).toFixed(1).padStart(7)} ns/agent`,
  );
}
