import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, progressLine } from '../../packages/cli/src/progress.js';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, columns: 200, write: (text: string) => written.push(text) } };
}

describe('progress on stderr', () => {
  it('estimates the time left from the pace so far', () => {
    expect(progressLine('sim run', 25, 100, 30_000, 'seed 1 of 4', true)).toBe(
      'sim run [#####...............]  25%  seed 1 of 4  elapsed 0:30, about 1:30 left',
    );
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('redraws one line in place on a terminal and clears it at the end', () => {
    let time = 0;
    const { written, stream } = recorder(true);
    const progress = createProgress({ label: 'run', total: 10, stream, now: () => time });
    time = 1000;
    progress.update(5);
    time = 1050;
    progress.update(6); // too soon after the last redraw
    time = 2000;
    progress.update(10);
    progress.finish();
    expect(written).toHaveLength(3);
    expect(written[0].startsWith('\r\x1b[K')).toBe(true);
    expect(written[2]).toBe('\r\x1b[K');
  });

  it('stays silent in short runs when stderr is not a terminal, then prints plain lines', () => {
    let time = 0;
    const { written, stream } = recorder(false);
    const progress = createProgress({ label: 'run', total: 100, stream, now: () => time, quietSeconds: 10, intervalSeconds: 10 });
    time = 5000;
    progress.update(10);
    time = 12_000;
    progress.update(20);
    time = 15_000;
    progress.update(30);
    time = 23_000;
    progress.update(40);
    progress.finish();
    expect(written).toEqual(['run  20%  elapsed 0:12, about 0:48 left\n', 'run  40%  elapsed 0:23, about 0:35 left\n']);
  });
});
