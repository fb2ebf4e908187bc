import type { RichText } from '@diaspora-sim/analysis';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { t, words } from './language.js';
import { renderRich } from './richText.js';

const TEXT = words('analysis', ['cancelled', 'started', 'finished', 'run', 'cancel'], {
  progress: (done: number, total: number) => t('analysis.progress', { done, total: total || '…' }),
});

/** One analysis step: given a signal and a progress callback, resolves with the result. */
export type AnalysisJob<T> = (signal: AbortSignal, onProgress: (done: number, total: number) => void) => Promise<T>;

/**
 * The run, cancel and progress of an analysis view (sweep, sensitivity): one run at a time, progress
 * as runs finish, cancel that keeps nothing, the error in words. The host re-renders on each change.
 */
export class AnalysisRunController<T> implements ReactiveController {
  running = false;
  done = 0;
  total = 0;
  error: string | RichText = '';
  result: T | undefined;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** "The sweep failed: …", with the error in the language (see failureMessage). */
    private readonly failed: (error: unknown) => RichText,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Runs `job` unless one is running; resolves when it ends (done, cancelled or failed). */
  async run(job: AnalysisJob<T>): Promise<void> {
    if (this.running) return;
    const controller = new AbortController();
    this.controller = controller;
    Object.assign(this, { running: true, done: 0, total: 0, error: '', result: undefined });
    this.host.requestUpdate();
    try {
      this.result = await job(controller.signal, (done, total) => {
        this.done = done;
        this.total = total;
        this.host.requestUpdate();
      });
    } catch (error) {
      this.error = controller.signal.aborted ? TEXT.cancelled : this.failed(error);
    } finally {
      this.running = false;
      this.controller = undefined;
      this.host.requestUpdate();
    }
  }

  /** Shows an error that stops a run before it starts (e.g. a bad axis). */
  refuse(text: string | RichText): void {
    this.error = text;
    this.host.requestUpdate();
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** The Run and Cancel buttons (Run submits the view's form), then the estimate. */
  renderButtons(runLabel: string, canRun: boolean, estimate: string | RichText) {
    return html`<button type="submit" ?disabled=${this.running || !canRun}>${runLabel}</button>
      <button type="button" ?disabled=${!this.running} @click=${() => this.cancel()}>${TEXT.cancel}</button>
      <span class="estimate">${renderRich(estimate)}</span>`;
  }

  /** Progress while running, a status region that announces only the start and the end, then any error. */
  renderProgress(label: string) {
    return html`<p class="visually-hidden" role="status">${this.running ? TEXT.started : this.result ? TEXT.finished : ''}</p>
      ${
        this.running
          ? html`<div class="progress"><progress max=${this.total || 1} .value=${this.done} aria-label=${label}></progress><span>${TEXT.progress(this.done, this.total)}</span></div>`
          : nothing
      }
      ${this.error ? html`<p class="error" role="alert">${renderRich(this.error)}</p>` : nothing}`;
  }
}

/** A whole number typed in a field, kept within its range. */
export function clampInt(text: string, min: number, max: number): number {
  const v = Math.round(Number(text));
  return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : min;
}
