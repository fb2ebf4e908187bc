import { writeFileSync } from 'node:fs';
import { GOLDEN_RUNS, goldenRun } from '../tests/engine/core/golden.js';

/** `pnpm golden:record`: writes tests/engine/core/fixtures/golden.json after an intended change of the model. */
const recorded = Object.fromEntries(GOLDEN_RUNS.map((r) => [`${r.scenario} seed ${r.seed}`, goldenRun(r.scenario, r.seed)]));
writeFileSync(new URL('../tests/engine/core/fixtures/golden.json', import.meta.url), `${JSON.stringify(recorded, null, 1)}\n`);
console.log(`recorded ${GOLDEN_RUNS.length} golden runs`);
