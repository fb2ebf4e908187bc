import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../packages/cli/src/main.js';

/** Runs `pnpm sim ...` in-process with captured output; `abort` plays Ctrl-C. */
export async function sim(argv: string[], baseDirectory: string, controller = new AbortController()) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: {
      write: (text: string) => {
        stdout += text;
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
      },
    },
    baseDirectory,
    signal: controller.signal,
    now: () => new Date(2026, 0, 2, 3, 4, 5),
  });
  return { code, stdout, stderr };
}

/** A scratch directory with small scenario files (2021–2022 at 2,000 persons per agent). */
export function scratchWithScenarios(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diaspora-analysis-'));
  const small = { schemaVersion: 2, endYear: 2022, personsPerAgent: 2000, seeds: 2 };
  writeFileSync(join(dir, 'base.json'), JSON.stringify({ ...small, name: 'small baseline' }));
  writeFileSync(
    join(dir, 'cheap.json'),
    JSON.stringify({ ...small, name: 'cheap remittances', levers: { 'kz_to_uz.remittance_cost_pct': 0.5 } }),
  );
  return dir;
}
