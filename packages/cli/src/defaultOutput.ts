import { stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

/**
 * Where results go without --out: `out/<scenario file name>-<local date and time>` under the user's
 * directory, e.g. out/baseline-20260314-093005; a suffix -2, -3, … if that exists already.
 */
export async function defaultOutputDirectory(scenarioPath: string, baseDirectory: string, now: Date): Promise<string> {
  const name =
    basename(scenarioPath, extname(scenarioPath))
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'scenario';
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  const stem = join(baseDirectory, 'out', `${name}-${stamp}`);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? stem : `${stem}-${n}`;
    if (!(await stat(candidate).catch(() => undefined))) return candidate;
  }
}
