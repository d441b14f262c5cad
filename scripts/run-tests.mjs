#!/usr/bin/env node
// `npm test`: runs every test stage in order, each to its end even when an earlier one failed
// (a Firefox failure must not hide WebKit's results), prints each stage's count and time, and
// ends with one "N passed, N failed" line that adds up the stages (CI reads that last line).
import { spawn } from 'node:child_process';

/**
 * [name, command], or a group of them run side by side (each is one process on one core, and the
 * machine has two), their output printed whole as each ends. A stage that runs tests prints its
 * own "N passed, N failed" line.
 */
const STAGES = [
  [
    // The manifest is generated (git-ignored) and the Storybook config imports it.
    ['typecheck', 'npm run typecheck --silent'],
    // ESLint (strict, type-checked) and import cycles on the library's sources, and their layout.
    ['lint', 'npm run lint --silent && npm run format:check --silent'],
  ],
  // The browser tests, one engine at a time (two cores), each with its own count; screenshots
  // are Chromium's pixels and run in Chromium only (web-test-runner.config.mjs).
  ['browser tests: Chromium', 'ENGINES=chromium web-test-runner'],
  ['browser tests: Firefox', 'ENGINES=firefox web-test-runner'],
  ['browser tests: WebKit', 'ENGINES=webkit web-test-runner'],
  // The strict CSP page in every engine (not a web-test-runner page: the runner injects inline scripts).
  [
    ['csp: Chromium', 'node test/security/csp/csp-check.mjs chromium'],
    ['csp: Firefox', 'node test/security/csp/csp-check.mjs firefox'],
    ['csp: WebKit', 'node test/security/csp/csp-check.mjs webkit'],
  ],
  ['storybook', 'node scripts/storybook-smoke.mjs'],
  ['build', 'npm run build --silent'],
  // Both on the dist/ just built, side by side: each leaves a core idle a third of the time
  // (package installs, builds and a browser in turn; the gateway waits on its servers).
  [
    ['package', 'node test/package/run.mjs'],
    ['gateway', 'node test/gateway/run.mjs'],
  ],
];

const SUMMARY = /^(?:\w+: )?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;
/**
 * Runs one stage; resolves to { code, passed, failed, skipped, seconds }. `quiet` holds its
 * output (stdout and stderr) back and prints it whole at the end, for stages run side by side.
 */
function run(name, command, quiet = false) {
  return new Promise((resolve) => {
    const heading = `\n== ${name}: ${command}`;
    if (!quiet) console.log(heading);
    const held = [];
    const started = Date.now();
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'], env: process.env });
    child.stderr?.on('data', (chunk) => held.push(chunk));
    let last;
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      if (quiet) held.push(chunk);
      else process.stdout.write(chunk);
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        const match = SUMMARY.exec(line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trim());
        if (match) last = match;
      }
    });
    child.on('close', (code) => {
      if (quiet) process.stdout.write(`${heading}\n${Buffer.concat(held.map((chunk) => Buffer.from(chunk))).toString()}`);
      const match = last ?? SUMMARY.exec(buffer.trim());
      const result = {
        code: code ?? 1,
        passed: Number(match?.[1] ?? 0),
        // A stage that failed without counting a failed test still counts as one failure.
        failed: Math.max(Number(match?.[2] ?? 0), code === 0 ? 0 : 1),
        skipped: Number(match?.[3] ?? 0),
        seconds: (Date.now() - started) / 1000,
      };
      resolve(result);
    });
  });
}

const results = [];
for (const stage of STAGES) {
  if (typeof stage[0] === 'string') results.push([stage[0], await run(stage[0], stage[1])]);
  else results.push(...(await Promise.all(stage.map(async ([name, command]) => [name, await run(name, command, true)]))));
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const minutes = (seconds) => {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
};
console.log('\n== stages');
for (const [name, result] of results) {
  totals.passed += result.passed;
  totals.failed += result.failed;
  totals.skipped += result.skipped;
  const skipped = result.skipped ? `, ${result.skipped} skipped` : '';
  const status = result.code === 0 ? 'ok    ' : 'FAILED';
  console.log(`${status} ${name.padEnd(24)} ${minutes(result.seconds).padStart(12)}  ${result.passed} passed, ${result.failed} failed${skipped}`);
}
const failedStages = results.filter(([, result]) => result.code !== 0).map(([name]) => name);
if (failedStages.length) console.error(`\nFailed: ${failedStages.join(', ')}.`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(failedStages.length ? 1 : 0);
