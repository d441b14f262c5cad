import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import puppeteer from 'puppeteer-core';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { timingReporter } from './test/support/timing-reporter.mjs';
import { feedServer } from './test/support/feed-server.mjs';
import { contextPool } from './test/support/context-pool.mjs';
import { clearsStorageOnLeaving } from './test/support/between-files.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';
import { ssrCommand } from './test/support/ssr-command.mjs';
import { launchOptions } from './scripts/chromium.mjs';
import { launchOptions as firefoxOptions } from './scripts/firefox.mjs';

// Tests never reach the network. Chromium resolves no host but this machine's, so a request for
// any other fails at once, without the request interception that Playwright's routing needs (it
// turns the browser's cache off). In every engine, the real-world feeds have their remote URLs
// made local by the feed server (?remote=local, test/support/feed-server.mjs): a picture gets a
// local placeholder, anything else is refused.
const LOCAL_HOSTS_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

// Every engine readers use, each from Debian's packages (nothing downloads a browser):
// Chromium through Playwright, Firefox ESR through WebDriver BiDi (puppeteer-core), WebKitGTK
// through WebDriver. ENGINES=chromium,firefox picks some; `npm test` runs them one at a time.
const chromiumContexts = contextPool({ timezoneId: 'UTC', locale: 'en-US' });
const ENGINES = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { ...launchOptions, args: [...launchOptions.args, LOCAL_HOSTS_ONLY] },
      // No file sees another's storage: the widgets keep their last good copies in localStorage,
      // and tests that clear the copies, fill the storage or count what is stored ran into files
      // running beside them. Each file runs in a context no other file uses at the same time,
      // cleared before the next file has it (test/support/context-pool.mjs). Pinned time zone
      // and locale, so absolute dates read the same on every machine.
      createBrowserContext: ({ browser }) => chromiumContexts.acquire(browser),
    }),
  // Each test page in a window of its own: Firefox gives a page in a background tab no animation
  // frames, and @open-wc's fixture() waits for one when its element has no updateComplete (a
  // wrapping div), so two pages as tabs of one window left one of them waiting until the other's
  // file ended. Two windows are both in the foreground.
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: firefoxOptions,
      // And, as in Chromium, no file sees another's storage: each page has a browser context (a
      // WebDriver BiDi user context) of its own, which goes when the page closes. The runner
      // keeps a page for the next file, so the page's storage is cleared when it leaves a file,
      // before the runner takes it to about:blank.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage({ type: 'window' });
        page.once('close', () => void context.close().catch(() => {}));
        return clearsStorageOnLeaving(page);
      },
      concurrency: 2,
    }),
  webkit: () => webkitLauncher({ concurrency: 2 }),
};
const engines = (process.env.ENGINES ?? Object.keys(ENGINES).join(','))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const name of engines) if (!ENGINES[name]) throw new Error(`ENGINES: no engine "${name}" (${Object.keys(ENGINES).join(', ')})`);
const browsers = Object.fromEntries(engines.map((name) => [name, ENGINES[name]()]));

// Screenshots are one engine's pixels: the baselines in test/screenshots/ are Chromium's, and
// their tests run in Chromium only. Everything else runs in every engine.
const SCREENSHOTS = 'test/**/*.visual.test.ts';
// Not into node_modules: the package tests install a fixture under test/ that links this
// repository (file:../../../..), a loop the globs followed until the runner ran out of memory.
const NOT_INSTALLED = '!**/node_modules/**';

export default {
  files: ['test/**/*.test.ts', `!${SCREENSHOTS}`, NOT_INSTALLED],
  nodeResolve: true,
  plugins: [
    // TypeScript to JavaScript, the syntax left as written. Any other target also has the plugin
    // rewrite every .js file a test page loads (axe-core, mocha, Lit) with an inline source map,
    // four times its size to fetch and parse in every file's page.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
    // Screenshots compared with the baselines in test/screenshots/; `npm run test:update-visual`
    // writes new baselines after an intended change (review them like code).
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/screenshots',
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
    // `executeServerCommand('render-widget', …)`: a widget rendered by news-widgets/ssr.
    ssrCommand(),
  ],
  middleware: [feedServer()],
  browsers: Object.values(browsers),
  groups: browsers.chromium ? [{ name: 'screenshots (Chromium only)', files: [SCREENSHOTS, NOT_INSTALLED], browsers: [browsers.chromium] }] : [],
  concurrency: 2,
  // Limits for a hang, not for speed: on a two-core machine that other jobs share, starting
  // Firefox or MiniBrowser took over 30 s and the longest file (a real-feeds shard, 50 tests
  // with 30 axe audits) over 120 s, the runner's defaults, at a load average of 25.
  browserStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  // Lit's development build, which the tests run on for its warnings, says so on every page: 175
  // times a run, burying the logs a test's widgets write.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), timingReporter(), summaryReporter()],
};
