// Mutation testing of the pure modules: `npm run test:mutation` (not part of `npm test`; see
// docs/testing.md for the latest figures). Each mutant runs the tests that cover it, in Node
// (test/node/.mocharc.cjs), as a browser test runner start per mutant would take hours.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: { config: 'test/node/.mocharc.cjs' },
  testRunnerNodeArgs: ['--import', 'tsx', '--import', './test/node/setup.mjs'],
  coverageAnalysis: 'perTest',
  // A mutant in code that runs when a module loads (a constant, a table, a pattern) needs a new
  // test process and every test: about 500 of them, ten seconds each on two shared cores. They
  // are left out of the regular run; `STRYKER_STATIC=1 npm run test:mutation` runs them (the CLI
  // cannot turn a boolean option off: it reads `--ignoreStatic false` as a config file's name).
  ignoreStatic: process.env.STRYKER_STATIC !== '1',
  mutate: [
    'src/data/**/*.ts',
    'src/sanitize/**/*.ts',
    'src/format/**/*.ts',
    // Lit controllers and timers: they drive elements, and their tests are the browser ones
    // (test/components): the feed state machine, lazy loading, refresh, paging, the minute ticker.
    '!src/data/feed-controller.ts',
    '!src/data/lazy-gate.ts',
    '!src/data/near-viewport.ts',
    '!src/data/refresh.ts',
    '!src/data/more.ts',
    '!src/data/feed-state.ts',
    '!src/data/load-args.ts',
    '!src/data/retries.ts',
    '!src/format/ticker.ts',
    // Types only.
    '!src/data/types.ts',
    // Word tables, one per language: copy, not logic (the language tests check their keys and forms).
    '!src/format/messages.ts',
    '!src/format/languages/**',
  ],
  // Two cores, shared: one or two test processes at most.
  concurrency: 2,
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
};
