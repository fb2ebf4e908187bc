import { profileRules } from './ruleProfile.js';

// Run by engine.bench.ts in its own process (a fresh heap, apart from the naive runs' garbage):
// the per-rule profile at 1e5 agents as JSON.
console.log(JSON.stringify(profileRules(Number(process.argv[2] ?? 1e5), 10, 10)));
