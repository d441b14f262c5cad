// Prints how long each engine spent on each test file, slowest first, with its slowest tests:
// what to look at when a stage nears its time limits. Wall time, from the page opening to the
// results collected, so it includes the machine's load (other jobs, the other page open at once).
// TIMING_FILES=100 lists every file rather than the slowest eight.
import { relative } from 'node:path';

const SHOWN_FILES = Number(process.env.TIMING_FILES ?? 8);
const SHOWN_TESTS = 3;

function tests(suite, prefix = '', out = []) {
  for (const test of suite?.tests ?? []) out.push({ name: `${prefix}${test.name}`, duration: test.duration ?? 0 });
  for (const child of suite?.suites ?? []) tests(child, `${prefix}${child.name} > `, out);
  return out;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function timingReporter() {
  const started = new Map();
  const finished = new Map();
  let runStart = Date.now();
  return {
    start({ sessions, startTime }) {
      runStart = startTime;
      sessions.on('session-status-updated', (session) => {
        if (session.status !== 'SCHEDULED' && !started.has(session.id)) started.set(session.id, Date.now());
        if (session.status === 'FINISHED') finished.set(session.id, Date.now());
      });
    },
    onTestRunFinished({ sessions }) {
      const rows = sessions
        .map((session) => ({
          file: relative(process.cwd(), session.testFile),
          browser: session.browser.name,
          wall: (finished.get(session.id) ?? Date.now()) - (started.get(session.id) ?? runStart),
          slowest: tests(session.testResults)
            .sort((a, b) => b.duration - a.duration)
            .slice(0, SHOWN_TESTS),
        }))
        .sort((a, b) => b.wall - a.wall);
      const lines = [`\nSlowest test files (whole run ${seconds(Date.now() - runStart)}):`];
      for (const row of rows.slice(0, SHOWN_FILES)) {
        lines.push(`  ${seconds(row.wall).padStart(7)}  ${row.browser}  ${row.file}`);
        for (const test of row.slowest) if (test.duration >= 1000) lines.push(`  ${seconds(test.duration).padStart(16)}  ${test.name}`);
      }
      // After the default reporter's own output, before the summary line (which must stay last).
      console.log(lines.join('\n'));
    },
  };
}
