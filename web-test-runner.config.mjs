import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { feedServer } from './test/support/feed-server.mjs';
import { launchOptions } from './scripts/chromium.mjs';


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
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: 'UTC', locale: 'en-US' }),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
