import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { feedServer } from './test/support/feed-server.mjs';
import { launchOptions } from './scripts/chromium.mjs';

// Tests never reach the network. Real-world feeds in test/fixtures/real/ point at their
// publishers' images: those requests get a local placeholder picture (so "the image shows where
// the item has one" can be checked); any other remote request is refused.
const isRemote = (url) => !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) && /^https?:$/.test(url.protocol);
const PLACEHOLDER = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><rect width="640" height="360" fill="#8a9bb0"/><circle cx="470" cy="110" r="50" fill="#d9e1ea"/><path d="M0 360 200 170 330 290 420 220 640 360Z" fill="#5d6f86"/></svg>`;
async function answerRemote(route) {
  if (route.request().resourceType() === 'image') {
    await route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER });
  } else {
    await route.abort('internetdisconnected');
  }
}


export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // Screenshots compared with the baselines in test/screenshots/; `npm run test:update-visual`
    // writes new baselines after an intended change (review them like code).
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/screenshots',
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  middleware: [feedServer()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions,
      // Pinned time zone and locale, so absolute dates read the same on every machine.
      createBrowserContext: async ({ browser }) => {
        const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US' });
        await context.route(isRemote, answerRemote);
        return context;
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
