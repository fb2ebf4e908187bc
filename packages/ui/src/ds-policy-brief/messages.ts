import { t, words } from '../lib/language.js';

/**
 * Every word the Brief view shows around the brief itself, read from the `lab` catalog in the lab's
 * language when used (the brief's own words are the `brief` namespace's).
 */
export const BRIEF_TEXT = words('brief', ['intro', 'print', 'download', 'waiting', 'making', 'frameTitle', 'screen', 'screenProgress'], {
  failed: (message: string) => t('brief.failed', { message }),
  screenEstimate: (runs: string) => t('brief.screenEstimate', { runs }),
  screenFailed: (message: string) => t('brief.screenFailed', { message }),
});
