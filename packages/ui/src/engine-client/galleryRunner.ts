import { runPairedEnsemble, type TaskRunner } from '@diaspora-sim/analysis';
import type { RunResult, Scenario } from '@diaspora-sim/engine';
import { type AssumptionMode, effectiveBaseline, ensembleRequest, type LabResults } from './labRunner.js';

export interface GalleryEntry {
  readonly file: string;
  readonly scenario: Scenario;
}

/**
 * The what-if gallery's runs: each bundled what-if against the baseline in view, with the run
 * settings in view (so its headline is measured as the current comparison is), one after another,
 * while the lab is otherwise idle. `pause` stops at once (finished runs stay cached); `start` again
 * goes on where it stopped.
 */
export class GalleryRunner {
  private controller: AbortController | undefined;

  constructor(
    private readonly runner: TaskRunner,
    private readonly onResults: (file: string, results: LabResults) => void,
  ) {}

  start(entries: readonly GalleryEntry[], baseline: Scenario, settings: Scenario, assumptions: AssumptionMode): void {
    this.pause();
    const controller = new AbortController();
    this.controller = controller;
    void (async () => {
      for (const entry of entries) {
        if (controller.signal.aborted) return;
        const { seed, seeds, personsPerAgent, startYear, endYear, stepsPerYear } = settings;
        const scenario = { ...entry.scenario, seed, seeds, personsPerAgent, startYear, endYear, stepsPerYear };
        const runs = { baseline: [] as RunResult[], scenario: [] as RunResult[] };
        try {
          const result = await runPairedEnsemble(this.runner, ensembleRequest(scenario, baseline, assumptions), {
            signal: controller.signal,
            onSeed: ({ pair }) => {
              runs.baseline[pair.seedIndex] = pair.baseline;
              runs.scenario[pair.seedIndex] = pair.scenario;
            },
          });
          if (result.failures.length || controller.signal.aborted) continue;
        } catch {
          // Aborted (the view changed) or failed: the gallery simply shows no headline for it.
          continue;
        }
        const seedList = Array.from({ length: seeds }, (_, i) => seed + i);
        this.onResults(entry.file, {
          generation: 0,
          personsPerAgent,
          complete: true,
          done: seeds,
          total: seeds,
          baseline: { scenario: effectiveBaseline(baseline, scenario), seeds: seedList, runs: runs.baseline },
          scenario: { scenario, seeds: seedList, runs: runs.scenario },
          band: assumptions === 'sample' ? 'chance-and-assumptions' : 'chance',
        });
      }
    })();
  }

  pause(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}
