// Every entry of the package imports in Node without throwing (a server that renders pages, a
// test runner without a DOM, a bundler's prerender step), including every file under
// `news-widgets/cdn/` (the wildcard export): the autoloader, which watches the page only where
// there is one, the per-tag files, their chunks and the classic script. Each in a fresh process, so no entry's globals
// (Lit's server DOM shim) cover for another's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { root } from './support/server.mjs';

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
// Entries with code: not the wildcard, the JSON files, or the types-only JSX entries.
const hasCode = (target) => typeof target === 'string' || 'default' in target;
const entries = Object.entries(pkg.exports)
  .filter(([key, target]) => !key.includes('*') && !key.endsWith('.json') && hasCode(target))
  .map(([key]) => key)
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`))
  .concat(
    readdirSync(`${root}dist/cdn`)
      .filter((file) => file.endsWith('.js'))
      .map((file) => `${pkg.name}/cdn/${file}`),
  );

/** Runs `code` as a module in a fresh Node process at the package's root; returns its output. */
function inNode(code) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(status, 0, stderr);
  return stdout.trim();
}

for (const entry of entries) {
  test(`import '${entry}' in Node`, () => {
    inNode(`const m = await import(${JSON.stringify(entry)}); console.log(Object.keys(m).length);`);
  });
}

// A per-tag CDN file registers its element in Node too (in the registry Lit's server builds
// use), so a server renderer in the same process finds the class.
for (const tag of ['news-card', 'news-article', 'news-trending', 'news-list']) {
  test(`'${pkg.name}/cdn/${tag}.js' registers <${tag}> in Node`, () => {
    const code = `await import('${pkg.name}/cdn/${tag}.js'); console.log(typeof customElements.get('${tag}'));`;
    assert.equal(inNode(code), 'function');
  });
}
