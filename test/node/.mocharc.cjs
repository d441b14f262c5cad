// The browser test files of the pure modules (src/data, src/sanitize, src/format), run in Node
// for mutation testing: `npm run test:node` runs them once, `npm run test:mutation` once per
// mutant (stryker.config.mjs). The same files as in the browser, unchanged; setup.mjs gives them
// a DOM and the test server. Left out: the files that render widgets (Lit in a real browser),
// and these tests, by name, for what Node cannot show:
const BROWSER_ONLY = [
  // Node's fetch knows no CORS, so a cross-origin feed without CORS headers simply loads.
  'tells a cross-origin feed without CORS headers apart from a network failure',
  // They count the language modules the browser fetched (its resource timing).
  'gives a French widget French words, from one module fetched once',
  'loads a language once, whatever its region or script',
  // jsdom runs no inline handler: there the corpus tests check what is left, not what ran.
  'sees a payload that runs when HTML is not sanitised',
];
const escape = (title) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

module.exports = {
  spec: [
    'test/data/*.test.ts',
    'test/format/*.test.ts',
    'test/security/sanitize.test.ts',
    'test/security/sanitize-budget.test.ts',
    'test/security/sanitize-links.test.ts',
    'test/security/sanitize-parity.test.ts',
    'test/security/sanitize-server.test.ts',
    'test/security/sanitize-trusted-types.test.ts',
  ],
  grep: `^(?!.*(?:${BROWSER_ONLY.map(escape).join('|')}))`,
  'node-option': ['import=tsx', 'import=./test/node/setup.mjs'],
  timeout: 10_000,
  // The test server would keep Node running after the tests.
  exit: true,
};
