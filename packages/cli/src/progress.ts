/**
 * A progress line on stderr with the time left, so stdout stays clean for tables and pipes.
 * On a terminal: one line redrawn in place (at most ten times a second) and cleared at the end.
 * Otherwise (a log file, CI): nothing for short runs; once a run has lasted `quietSeconds`, a plain
 * line every `intervalSeconds`.
 */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface Progress {
  /** `done` units of `total` are finished; `detail` is shown after the bar (e.g. "seed 3 of 8"). */
  update(done: number, detail?: string): void;
  finish(): void;
}

export interface ProgressOptions {
  readonly label: string;
  readonly total: number;
  readonly stream: ProgressStream;
  readonly now?: () => number;
  readonly quietSeconds?: number;
  readonly intervalSeconds?: number;
}

export function createProgress(options: ProgressOptions): Progress {
  const { label, total, stream } = options;
  const now = options.now ?? Date.now;
  const quietMs = (options.quietSeconds ?? 10) * 1000;
  const intervalMs = (options.intervalSeconds ?? 10) * 1000;
  const started = now();
  const terminal = stream.isTTY === true;
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let drawnOnTerminal = false;
  return {
    update(done, detail) {
      const time = now();
      const elapsed = time - started;
      if (terminal) {
        if (time - lastDrawn < 100 && done < total) return;
        lastDrawn = time;
        const line = progressLine(label, done, total, elapsed, detail, true);
        const width = (stream.columns ?? 80) - 1;
        stream.write(`\r\x1b[K${line.slice(0, width)}`);
        drawnOnTerminal = true;
        return;
      }
      if (elapsed < quietMs || time - lastDrawn < intervalMs) return;
      lastDrawn = time;
      stream.write(`${progressLine(label, done, total, elapsed, detail, false)}\n`);
    },
    finish() {
      if (drawnOnTerminal) stream.write('\r\x1b[K');
    },
  };
}

export function progressLine(
  label: string,
  done: number,
  total: number,
  elapsedMs: number,
  detail: string | undefined,
  bar: boolean,
): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const left = done > 0 ? formatDuration((elapsedMs * (total - done)) / done) : '?';
  const barText = bar ? ` [${'#'.repeat(Math.round(fraction * 20)).padEnd(20, '.')}]` : '';
  const detailText = detail ? `  ${detail}` : '';
  return `${label}${barText} ${percent}${detailText}  elapsed ${formatDuration(elapsedMs)}, about ${left} left`;
}

/** 75 000 ms → "1:15"; an hour or more → "1:02:03". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}
