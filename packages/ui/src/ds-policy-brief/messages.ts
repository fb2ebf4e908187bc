import { t, words } from '../lib/language.js';
import { failureMessage } from '../lib/richText.js';

/**
 * Every word the Brief view shows around the brief itself, read from the `lab` catalog in the lab's
 * language when used (the brief's own words are the `brief` namespace's).
 */
export const BRIEF_TEXT = words('brief', ['intro', 'print', 'download', 'waiting', 'making', 'frameTitle', 'screen', 'screenProgress'], {
  failed: (error: unknown) => failureMessage('brief.failed', error),
  screenEstimate: (runs: string) => t('brief.screenEstimate', { runs }),
  screenFailed: (error: unknown) => failureMessage('brief.screenFailed', error),
});
