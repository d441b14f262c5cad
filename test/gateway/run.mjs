#!/usr/bin/env node
// The gateway and command tests (`npm run test:gateway`): Node's test runner on the built
// package (dist/, made with `npm run build` when it is missing), with local upstream servers
// on 127.0.0.1 and no network. Ends with "gateway: N passed, N failed".
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(join(root, 'dist/gateway/index.js')) || !existsSync(join(root, 'dist/cdn/news-widgets.js'))) {
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
}
const only = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((name) => name.endsWith('.test.mjs'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort()
  .map((name) => join(dir, name));

let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: 1, timeout: 120_000 });
stream.on('test:pass', (event) => {
  if (event.details.type !== 'suite') passed += 1;
});
stream.on('test:fail', (event) => {
  if (event.details.type !== 'suite') failed += 1;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.on('end', resolve));
await new Promise((resolve) => setImmediate(resolve));
console.log(`\ngateway: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
