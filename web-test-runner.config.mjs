import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import puppeteer from 'puppeteer-core';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { timingReporter } from './test/support/timing-reporter.mjs';
import { feedServer, PLACEHOLDER, isLocalHost } from './test/support/feed-server.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';
import { ssrCommand } from './test/support/ssr-command.mjs';
import { launchOptions } from './scripts/chromium.mjs';
import { launchOptions as firefoxOptions } from './scripts/firefox.mjs';

// Tests never reach the network. In Chromium, remote requests are routed: an image gets a local
// placeholder picture (so "the image shows where the item has one" can be checked), anything else
// is refused. Firefox and WebKit have no routing here: the real-world feeds they read have their
// remote URLs made local by the feed server (?remote=local, test/support/feed-server.mjs), which
// answers the same way.
const isRemote = (url) => !isLocalHost(url.hostname) && /^https?:$/.test(url.protocol);
async function answerRemote(route) {
  if (route.request().resourceType() === 'image') {
    await route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER });
  } else {
    await route.abort('internetdisconnected');
  }
}

// Every engine readers use, each from Debian's packages (nothing downloads a browser):
// Chromium through Playwright, Firefox ESR through WebDriver BiDi (puppeteer-core), WebKitGTK
// through WebDriver. ENGINES=chromium,firefox picks some; `npm test` runs them one at a time.
const ENGINES = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions,
      // A context of its own for each test file's page, so that no file sees another's storage:
      // the widgets keep their last good copies in localStorage, and tests that clear the copies,
      // fill the storage or count what is stored ran into files running beside them. Pinned time
      // zone and locale, so absolute dates read the same on every machine.
      createBrowserContext: async ({ browser }) => {
        const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US' });
        await context.route(isRemote, answerRemote);
        return context;
      },
    }),
  // Each test page in a window of its own: Firefox gives a page in a background tab no animation
  // frames, and @open-wc's fixture() waits for one when its element has no updateComplete (a
  // wrapping div), so two pages as tabs of one window left one of them waiting until the other's
  // file ended. Two windows are both in the foreground.
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: firefoxOptions,
      // And, as in Chromium, a browser context (a WebDriver BiDi user context) of its own, so
      // that no file sees another's storage; it goes when its page closes.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage({ type: 'window' });
        page.once('close', () => void context.close().catch(() => {}));
        return page;
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
  reporters: [defaultReporter(), timingReporter(), summaryReporter()],
};
