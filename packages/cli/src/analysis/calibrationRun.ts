import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  type CalibrationRequest,
  type CalibrationResult,
  calibrate,
  formatNumber,
  formatRow,
  type RunTask,
  targetValues,
} from '@diaspora-sim/analysis';
import { ENGINE_VERSION, parseScenario } from '@diaspora-sim/engine';
import { EXIT_FAILURE, EXIT_INTERRUPTED } from '../cliError.js';
import type { CommandContext } from '../commands/command.js';
import { createNodeWorkerPool, defaultWorkerCount } from '../pool/createNodeWorkerPool.js';
import { createProgress } from '../progress.js';
import { shownPath } from './commandFlow.js';
import { type RunDirectory, writeAtomically } from './runDirectory.js';

/** A calibration as stored in run.json: the engine's request plus where the fitted scenario goes. */
export interface CalibrateCommandRequest extends CalibrationRequest {
  readonly scenarioFile: string;
  readonly targetsFile: string;
  readonly overrides: readonly string[];
  /** Absolute path of the fitted scenario file. */
  readonly fittedFile: string;
}

export const CALIBRATION_FILES = ['report.csv', 'fit.json'] as const;

/** The journal key of a run: what distinguishes the runs of a calibration (scenario text is fixed). */
function taskKey(task: RunTask): string {
  return JSON.stringify([task.seed, task.levers ?? null, task.assumptions ?? null]);
}

/**
 * Fits on a worker pool, every run recorded in the directory's journal: a resumed calibration
 * replays the simplex from the journal (Nelder–Mead is deterministic) and runs only what is new.
 */
export async function runCalibration(
  directory: RunDirectory<CalibrateCommandRequest>,
  context: CommandContext,
  workers?: number,
): Promise<number> {
  const request = directory.manifest.request;
  const shown = shownPath(directory.path, context.baseDirectory);
  const pool = createNodeWorkerPool({
    size: Math.max(1, Math.min(workers ?? defaultWorkerCount(), request.seeds * (request.parameters.length + 1))),
    onTaskError: (f) =>
      context.stderr.write(
        `\nwarning: a run of seed ${f.task.seed} failed (${f.error.message.split('\n')[0]})${f.willRetry ? '; retrying' : ''}\n`,
      ),
  });
  const maxEvaluations = request.maxEvaluations ?? 60 * request.parameters.length;
  const progress = createProgress({ label: 'sim calibrate', total: maxEvaluations, stream: context.stderr });
  let result: CalibrationResult;
  try {
    result = await calibrate(
      async (task) => {
        const known = directory.results.get(taskKey(task));
        if (known) return known;
        const { result: run } = await pool.run(task, { signal: context.signal });
        const values = targetValues(run, request.targets);
        await directory.append(taskKey(task), values);
        return values;
      },
      request,
      { onIteration: (best) => progress.update(best.evaluations, `objective ${formatNumber(Number(best.objective.toPrecision(4)))}`) },
    );
  } catch (error) {
    if (context.signal.aborted) {
      context.stderr.write(
        `interrupted: ${directory.results.size} runs are kept in ${shown}; continue with: pnpm sim calibrate --resume ${shown}\n`,
      );
      return EXIT_INTERRUPTED;
    }
    context.stderr.write(
      `error: calibration stopped: ${(error as Error).message}; finished runs are kept in ${shown} (--resume ${shown})\n`,
    );
    return EXIT_FAILURE;
  } finally {
    pool.close();
    progress.finish();
    await directory.flush();
  }
  await writeResults(directory, result);
  const rows = result.fits.map(
    (f) =>
      `  ${`${f.indicator}@${f.year}`.padEnd(44)} target ${fmt(f.target)}  simulated ${fmt(f.simulated)}  error ${(100 * f.relativeError).toFixed(1)}%`,
  );
  const values = Object.entries(result.values).map(([id, v]) => `  ${id} = ${fmt(v)}`);
  context.stdout.write(
    `Fitted (${result.evaluations} evaluations x ${seedsText(request)}, ${result.converged ? 'converged' : 'stopped at the evaluation limit'}):\n${values.join('\n')}\n\n${rows.join('\n')}\n\nObjective (sum of squared relative errors): ${fmt(result.startObjective)} at the start, ${fmt(result.objective)} fitted\n`,
  );
  context.stdout.write(`Wrote ${shownPath(request.fittedFile, context.baseDirectory)} and ${shown}/report.csv, ${shown}/fit.json\n`);
  return 0;
}

const fmt = (v: number) => formatNumber(Number(v.toPrecision(5)));
const seedsText = (request: { seeds: number }) => (request.seeds === 1 ? '1 seed' : `${request.seeds} seeds`);

async function writeResults(directory: RunDirectory<CalibrateCommandRequest>, result: CalibrationResult): Promise<void> {
  const request = directory.manifest.request;
  const report = [formatRow(['indicator', 'year', 'target', 'simulated', 'relative_error'])];
  for (const f of result.fits) report.push(formatRow([f.indicator, f.year, f.target, f.simulated, f.relativeError]));
  await directory.writeOutput('report.csv', report.join(''));
  await directory.writeOutput(
    'fit.json',
    `${JSON.stringify({ engineVersion: ENGINE_VERSION, method: 'Nelder-Mead on the seed-paired sum of squared relative errors', ...result }, null, 2)}\n`,
  );
  const scenario = JSON.parse(request.scenarioText) as Record<string, unknown> & {
    name: string;
    description: string;
    levers: Record<string, unknown>;
    assumptions: Record<string, unknown>;
  };
  for (const p of request.parameters) (p.kind === 'lever' ? scenario.levers : scenario.assumptions)[p.id] = result.values[p.id];
  const targets = result.fits.map((f) => `${f.indicator}@${f.year}`).join(', ');
  scenario.name = `${scenario.name} (calibrated)`.slice(0, 200);
  scenario.description =
    `${scenario.description} Calibrated by pnpm sim calibrate (engine ${ENGINE_VERSION}): ${request.parameters.map((p) => p.id).join(', ')} fitted to ${targets} from ${request.targetsFile}, ${seedsText(request)} from ${request.firstSeed}; sum of squared relative errors ${fmt(result.objective)}.`
      .trim()
      .slice(0, 5000);
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`the fitted scenario does not validate: ${parsed.issues[0].message}`);
  await mkdir(dirname(request.fittedFile), { recursive: true });
  await writeAtomically(request.fittedFile, `${JSON.stringify(scenario, null, 2)}\n`);
}
