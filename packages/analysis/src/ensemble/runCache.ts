import type { RunResult } from '@diaspora-sim/engine';
import type { RunTask } from '../pool/task.js';

/**
 * Results of tasks already run, by task (scenario text, seed, overrides): a view keeps the
 * baseline's runs while only the scenario changes. Oldest entries go first past the limit.
 */
export class RunCache {
  private readonly entries = new Map<string, RunResult>();

  constructor(readonly limit = 256) {}

  get(task: RunTask): RunResult | undefined {
    return this.entries.get(taskKey(task));
  }

  set(task: RunTask, result: RunResult): void {
    const key = taskKey(task);
    this.entries.delete(key);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, result);
  }

  get size(): number {
    return this.entries.size;
  }
}

function taskKey(task: RunTask): string {
  return JSON.stringify([task.seed, task.levers ?? null, task.assumptions ?? null, task.scenarioText, task.regions === true]);
}
