#!/usr/bin/env node
// The package tests (`npm run test:package`, after `npm run build`): the tarball, its types,
// the CDN builds in Chromium, double loading, the examples and the size budgets. Runs every
// test/package/*.test.mjs one file at a time and ends with "package: N passed, N failed".
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((name) => name.endsWith('.test.mjs'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort()
  .map((name) => join(dir, name));

let passed = 0;
let failed = 0;
let skipped = 0;
const stream = run({ files, concurrency: 1, timeout: 180_000 });
stream.on('test:pass', (event) => {
  if (event.details.type === 'suite') return;
  if (event.skip || event.todo) skipped += 1;
  else passed += 1;
});
stream.on('test:fail', (event) => {
  if (event.details.type === 'suite') return;
  // A todo test states a known gap: it is reported, and counted with the skipped ones.
  if (event.todo) {
    skipped += 1;
    return;
  }
  // A file that fails to load reports once, as a test named after the file.
  failed += 1;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.on('end', resolve));
// Let the reporter flush before the summary line.
await new Promise((resolve) => setImmediate(resolve));
const tail = skipped ? `, ${skipped} skipped` : '';
console.log(`\npackage: ${passed} passed, ${failed} failed${tail}`);
process.exitCode = failed > 0 ? 1 : 0;
