#!/usr/bin/env node
// `npm test`: runs every test stage in order, stops at the first failure, and ends with one
// "N passed, N failed" line that adds up the stages (CI reads that last line).
import { spawn } from 'node:child_process';

/** [name, command]. A stage that runs tests prints its own "N passed, N failed" line. */
const STAGES = [
  // The manifest is generated (git-ignored) and the Storybook config imports it.
  ['typecheck', 'npm run typecheck --silent'],
  // One engine at a time (two cores): each prints its own count. Screenshots run in Chromium only.
  ['browser tests: Chromium', 'ENGINES=chromium web-test-runner'],
  ['csp', 'node test/security/csp/csp-check.mjs'],
  ['storybook', 'node scripts/storybook-smoke.mjs'],
  ['package', 'npm run build --silent && node test/package/run.mjs'],
  // After the package stage: it runs on the dist/ that stage built.
  ['gateway', 'node test/gateway/run.mjs'],
  // Firefox and WebKit run the same browser tests with `npm run test:engines`. Not here yet: on
  // a loaded two-core machine a few Firefox files still time out (README, Run the tests).
];

const SUMMARY = /^(?:\w+: )?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(name, command) {
  return new Promise((resolve) => {
    console.log(`\n== ${name}: ${command}`);
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let last;
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        const match = SUMMARY.exec(line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trim());
        if (match) last = match;
      }
    });
    child.on('close', (code) => {
      const match = last ?? SUMMARY.exec(buffer.trim());
      if (match) {
        totals.passed += Number(match[1]);
        totals.failed += Number(match[2]);
        totals.skipped += Number(match[3] ?? 0);
      }
      resolve(code ?? 1);
    });
  });
}

let failedStage;
for (const [name, command] of STAGES) {
  const code = await run(name, command);
  if (code !== 0) {
    failedStage = name;
    // A stage that failed without counting a failed test still counts as one failure.
    if (totals.failed === 0) totals.failed = 1;
    break;
  }
}

if (failedStage) console.error(`\n${failedStage} failed.`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(failedStage ? 1 : 0);
