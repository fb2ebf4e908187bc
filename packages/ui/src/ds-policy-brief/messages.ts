/** Every word the Brief view shows around the brief itself (the brief's own words are in the analysis catalogs). */
export const BRIEF_TEXT = {
  intro:
    'A one-page policy brief of the comparison in view, for readers who will not open the lab: findings in plain words with their 90% intervals, the levers changed and their evidence, the key charts, and how to reproduce it. Print it (A4) or download it as an HTML file; both hold the same page.',
  print: 'Print…',
  download: 'Download HTML',
  waiting: 'The brief is made once the results of this comparison are complete and up to date.',
  making: 'Making the brief…',
  failed: (message: string) => `The brief could not be made: ${message}`,
  frameTitle: 'Policy brief (as printed)',
  screen: 'Screen the assumptions for the brief (Morris)',
  screenEstimate: (runs: number) => `about ${runs} coarse runs`,
  screenProgress: 'Morris screen of the assumptions',
  screenFailed: (message: string) => `The screen failed: ${message}`,
};
