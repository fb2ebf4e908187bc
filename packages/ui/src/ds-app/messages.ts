import { code, englishDetail, type RichText, richT } from '@diaspora-sim/analysis';
import type { WorkerDiedError } from '../engine-client/index.js';
import { t, tr, words } from '../lib/language.js';
import { failureMessage } from '../lib/richText.js';

/** Every word the app shell shows, read from the `lab` catalog in the lab's language when used. */
export const APP_TEXT = words(
  'app',
  ['title', 'tagline', 'skip', 'toControls', 'share', 'controls', 'views', 'language', 'compared', 'headlinePending', 'headlineNone'],
  {
    tab: (id: string) => t(`app.tab.${id}`),
    edited: (name: string) => t('app.edited', { name }),
    status: words('status', ['failed', 'starting', 'updating', 'progress'], {
      partial: (done: number, total: number) => t('status.partial', { done, total }),
      complete: (seeds: number, persons: string, sampled: boolean) =>
        t(sampled ? 'status.completeSampled' : 'status.complete', { seeds, persons }),
    }),
    /** What the status region announces (start and finish only). */
    announce: words('announce', ['start', 'finish', 'failed'], {}),
    notices: words('notice', ['thisLink', 'copied', 'copyThis'], {
      runError: (error: unknown) => failureMessage('notice.runError', error),
      // The browser's words for the error, when it gave any, quoted as the English they are.
      workerCrash: (died: WorkerDiedError, retried: boolean) =>
        richT(tr(), retried ? 'notice.workerCrashRetried' : 'notice.workerCrash', {
          message: died.detail ? englishDetail(died.detail) : tr().t(`lab:problem.worker.${died.reason}`),
        }),
      edit: (message: RichText) => richT(tr(), 'notice.edit', { message }),
      fields: (message: RichText) => richT(tr(), 'notice.fields', { message }),
      badLink: (message: RichText) => richT(tr(), 'notice.badLink', { message }),
      // A file's name is the reader's, in no language: shown as code.
      badFile: (fileName: string, issues: RichText) => richT(tr(), 'notice.badFile', { fileName: code(fileName), issues }),
      fileLoaded: (fileName: string, name: string) => richT(tr(), 'notice.fileLoaded', { fileName: code(fileName), name }),
      theFile: (fileName: string) => richT(tr(), 'notice.theFile', { fileName: code(fileName) }),
      /** What was read differently from how a link or file was made (migrations, another engine version), one note a line. */
      readAs: (what: string | RichText, notes: readonly RichText[]): RichText => [
        ...richT(tr(), 'notice.readAs', { what }),
        ...notes.flatMap((note) => ['\n• ', ...note]),
      ],
      noSection: (anchor: string) => t('notice.noSection', { anchor }),
      exportFailed: (error: unknown) => failureMessage('notice.exportFailed', error),
    }),
  },
);
