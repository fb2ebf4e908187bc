/** Every word the app shell shows (one place, for translation). */
export const APP_TEXT = {
  title: 'Diaspora policy lab: Kazakhstan and Uzbekistan',
  tagline: 'Move a lever; see what the Uzbek and Kazakh diasporas give both countries, against the baseline, with uncertainty.',
  skip: 'Skip to the results',
  toControls: 'Levers and scenario',
  share: 'Copy share link',
  controls: 'Scenario controls',
  views: 'Views',
  results: 'Results',
  controlTabs: { levers: 'Levers', assumptions: 'Assumptions', scenario: 'Scenario' },
  resultTabs: {
    charts: 'Charts',
    map: 'Map',
    brief: 'Policy brief',
    strategies: 'Acculturation',
    sweep: 'Sweep',
    sensitivity: 'Sensitivity',
    model: 'Model',
  },
  compared: 'compared with',
  edited: (name: string) => `${name} (edited)`,
  headlinePending: 'The headline follows once the first seeds are back.',
  headlineNone: 'The scenario changes none of the headline indicators in this year.',
  status: {
    failed: 'The last run failed (see the message above).',
    starting: 'Updating… running the first seed.',
    updating: 'Updating… the figures below are out of date.',
    partial: (done: number, total: number) => `Updating… ${done} of ${total} seeds; figures are provisional.`,
    complete: (seeds: number, persons: string, sampled: boolean) =>
      `Up to date: ${seeds} paired seeds, 1 agent per ${persons} persons${sampled ? '; assumptions drawn per seed' : ''}.`,
    progress: 'Seeds done',
  },
  /** What the status region announces (start and finish only). */
  announce: { start: 'Updating the results.', finish: 'Results up to date.', failed: 'The run failed.' },
  notices: {
    runError: (message: string) => `The simulation failed: ${message}`,
    workerCrash: (message: string, retried: boolean) =>
      `A simulation worker stopped unexpectedly (${message}). It was replaced${retried ? ' and its run started again' : ''}.`,
    edit: (message: string) => `That value was not applied: ${message}`,
    fields: (message: string) => `That change was not applied: ${message}`,
    badLink: (message: string) =>
      `This link could not be opened: ${message}. Showing the baseline instead; the address is kept until you change something.`,
    badFile: (fileName: string, issues: string) => `“${fileName}” was not loaded; the current scenario is kept.\n${issues}`,
    fileLoaded: (fileName: string, name: string) => `Loaded “${fileName}”: ${name}.`,
    thisLink: 'This link',
    /** What was read differently from how a link or file was made (migrations, another engine version), one note a line. */
    readAs: (what: string, notes: readonly string[]) =>
      `${what} was made with another version of diaspora-sim and was read as follows:\n${notes.map((n) => `• ${n}`).join('\n')}`,
    copied: 'Link copied: it reopens this scenario, baseline and view exactly.',
    copyThis: 'Copy this link; it reopens this scenario, baseline and view exactly:',
    noSection: (anchor: string) => `The model documentation has no section “${anchor}” yet.`,
    exportFailed: (message: string) => `Export failed: ${message}`,
  },
};
