import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LabView } from '../lib/labView.js';
import { language } from '../lib/language.js';
import { decodeShareToken, encodeShareFragment, type SharedLab, shareTokenFromHash } from '../lib/shareLink.js';
import type { LinkNote, LinkProblem } from '../lib/shareLinkProblems.js';

export interface UrlSyncOptions {
  /** What a link written now holds. */
  current(): SharedLab;
  /** A link was opened (at start or by a change of the address's fragment). */
  open(lab: SharedLab, notes: readonly LinkNote[]): void;
  /** A link could not be opened: why. */
  refuse(problem: LinkProblem): void;
}

/**
 * Keeps the address bar's fragment a share link of the lab (scenario, baseline and view), written
 * when the page is idle after a change. A damaged link stays in the address bar until the reader
 * changes something, so it can still be copied and reported.
 */
export class UrlSyncController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The address holds a link that did not open: leave it until the reader changes something. */
  private keepAddress = false;
  /** Settles once the address the page was opened with has been read. */
  ready: Promise<void> = Promise.resolve();

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.ready = this.readAddress();
    window.addEventListener('hashchange', this.handleHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.handleHashChange);
    clearTimeout(this.timer);
  }

  /** The lab changed; `byReader` when the reader did it (a damaged link then gives way). */
  changed(byReader: boolean): void {
    if (byReader) this.keepAddress = false;
    if (this.keepAddress) return;
    clearTimeout(this.timer);
    // When the page is idle: the link is for sharing, not for the next frame.
    this.timer = setTimeout(() => requestIdleCallback(() => void this.write(), { timeout: 2000 }), 300);
  }

  /** The link that reopens exactly this view (written to the address bar now). */
  async link(): Promise<string> {
    clearTimeout(this.timer);
    this.keepAddress = false;
    await this.write();
    return location.href;
  }

  private async write(): Promise<void> {
    if (this.keepAddress) return;
    const { scenario, baseline, view } = this.options.current();
    const fragment = await encodeShareFragment(scenario, baseline, view satisfies LabView);
    if (location.hash !== `#${fragment}`) history.replaceState(history.state, '', `#${fragment}`);
  }

  private async readAddress(): Promise<void> {
    const token = shareTokenFromHash(location.hash);
    if (!token) return;
    const decoded = await decodeShareToken(token, language());
    if (decoded.ok) this.options.open(decoded.lab, decoded.notes);
    else {
      this.keepAddress = true;
      this.options.refuse(decoded.problem);
    }
  }

  private handleHashChange = () => {
    this.ready = this.readAddress();
  };
}
