/**
 * The layers of the workspace, checked by `pnpm lint` (dependency-cruiser):
 *   engine    the model: imports no other package of the workspace;
 *   analysis  ensembles, pool, sweeps, sensitivity, calibration, writers: imports the engine;
 *   cli, ui   the two front ends: import engine and analysis, never each other (the ui never the cli);
 * a package reaches another only through its entry points (package.json "exports": src/index.ts and
 * the worker's src/worker.ts, src/workerApi.ts), never by a relative path; inside the engine, state/
 * does not import the mechanisms (rules/); and no import cycle anywhere.
 */
const OTHER_PACKAGES_THAN_ENGINE = '(analysis|cli|ui)';

module.exports = {
  forbidden: [
    {
      name: 'engine-imports-no-other-package',
      comment: 'The engine is the pure model: it imports nothing of analysis, cli or ui.',
      severity: 'error',
      from: { path: '^packages/engine/' },
      to: { path: `^(packages/${OTHER_PACKAGES_THAN_ENGINE}/|@diaspora-sim/${OTHER_PACKAGES_THAN_ENGINE}(/|$))` },
    },
    {
      name: 'analysis-imports-only-the-engine',
      comment: 'The analysis layer builds on the engine only; the front ends build on it.',
      severity: 'error',
      from: { path: '^packages/analysis/' },
      to: { path: '^(packages/(cli|ui)/|@diaspora-sim/(cli|ui)(/|$))' },
    },
    {
      name: 'ui-imports-no-cli',
      comment: 'The lab shares code with the command line through @diaspora-sim/analysis, never by importing the CLI.',
      severity: 'error',
      from: { path: '^packages/ui/' },
      to: { path: '^(packages/cli/|@diaspora-sim/cli(/|$))' },
    },
    {
      name: 'no-cross-package-relative-import',
      comment: 'Another package is imported by its name (@diaspora-sim/…), never by a relative path.',
      severity: 'error',
      from: { path: '^packages/([^/]+)/' },
      to: { dependencyTypes: ['local'], path: '^packages/', pathNot: '^packages/$1/' },
    },
    {
      name: 'only-through-entry-points',
      comment: 'Another package is reached through its entry points (its package.json exports), not its internals.',
      severity: 'error',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/', pathNot: ['^packages/$1/', '^packages/[^/]+/src/(index|worker|workerApi)\\.ts$'] },
    },
    {
      name: 'state-imports-no-mechanism',
      comment: "The engine's state/ holds data and its creation; the mechanisms in rules/ act on it, not the other way round.",
      severity: 'error',
      from: { path: '^packages/engine/src/state/' },
      to: { path: '^packages/engine/src/rules/' },
    },
    {
      name: 'no-import-cycle',
      comment: 'Modules form layers: no module may (indirectly) import itself.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable-import',
      comment:
        'Every import resolves: a package must be a dependency of the package that imports it (virtual: modules come from a vite plugin).',
      severity: 'error',
      from: { path: '^packages/' },
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.d.ts'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
