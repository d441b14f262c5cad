// Every entry of the package imports in Node without throwing (a server that renders pages, a
// test runner without a DOM, a bundler's prerender step), including the CDN autoloader, which
// watches the page only where there is one. Each in a fresh process, so no entry's globals
// (Lit's server DOM shim) cover for another's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { root } from './support/server.mjs';

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
// Entries with code: not the wildcard, the JSON files, or the types-only JSX entries.
const hasCode = (target) => typeof target === 'string' || 'default' in target;
const entries = Object.entries(pkg.exports)
  .filter(([key, target]) => !key.includes('*') && !key.endsWith('.json') && hasCode(target))
  .map(([key]) => key)
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`))
  .concat(`${pkg.name}/cdn/news-widgets.js`);

for (const entry of entries) {
  test(`import '${entry}' in Node`, () => {
    const { status, stderr } = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(entry)}); console.log(Object.keys(m).length);`],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    assert.equal(status, 0, stderr);
  });
}
