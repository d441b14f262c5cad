// What `npm pack` puts in the tarball, and whether package.json points at files it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { root } from './support/server.mjs';

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = new Set(packed.files.map((file) => file.path));
const list = [...files];

test('holds the build, the types, the source maps, the manifest, README and LICENSE', () => {
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/define.js',
    'dist/define.d.ts',
    'dist/define.js.map',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/components/card/card.js',
    'dist/components/card/card.d.ts',
    'dist/components/card/define.js',
    'dist/cdn/news-widgets.js',
    'dist/cdn/news-widgets.iife.js',
  ]) {
    assert.ok(files.has(file), `${file} is in the tarball`);
  }
  // The sanitiser and the non-English locales ship as chunks beside the CDN entry.
  assert.ok(list.some((file) => /^dist\/cdn\/html\.js$/.test(file)), 'sanitiser chunk');
  assert.ok(list.some((file) => /^dist\/cdn\/fr\.js$/.test(file)), 'French locale chunk');
});

test('holds no sources, tests, stories, fixtures, examples or demo files', () => {
  const unwanted = list.filter(
    (file) =>
      !file.startsWith('dist/') &&
      !['package.json', 'README.md', 'LICENSE', 'custom-elements.json'].includes(file),
  );
  assert.deepEqual(unwanted, []);
  assert.deepEqual(
    list.filter((file) => /\.(test|stories)\.|fixtures|\.tsbuildinfo$|\.ts$(?<!\.d\.ts$)/.test(file)),
    [],
  );
});

test('every module has its declarations and its source map', () => {
  const modules = list.filter((file) => file.endsWith('.js') && !file.startsWith('dist/cdn/'));
  assert.ok(modules.length > 20, 'one file per source module');
  for (const file of modules) {
    assert.ok(files.has(file.replace(/\.js$/, '.d.ts')), `${file} has a .d.ts`);
    assert.ok(files.has(`${file}.map`), `${file} has a source map`);
  }
});

test('exports, main, module, types, customElements, jsdelivr and unpkg point at packed files', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg.jsdelivr, pkg.unpkg];
  for (const value of Object.values(pkg.exports)) {
    if (typeof value === 'string') {
      if (!value.includes('*')) targets.push(value);
    } else {
      targets.push(...Object.values(value));
    }
  }
  for (const target of targets) {
    assert.ok(files.has(target.replace(/^\.\//, '')), `${target} is in the tarball`);
  }
  assert.equal(pkg.exports['.'].types, './dist/define.d.ts');
  assert.equal(pkg.exports['./classes.js'].default, './dist/index.js');
  for (const tag of ['news-card', 'news-article', 'news-trending', 'news-list']) {
    assert.match(pkg.exports[`./${tag}.js`].default, /\/define\.js$/);
  }
});

test('the npm build leaves lit and the other dependencies as bare imports', () => {
  const card = readFileSync(`${root}dist/components/card/card.templates.js`, 'utf8');
  assert.match(card, /from 'lit'/);
  const dates = readFileSync(`${root}dist/format/relative-time.js`, 'utf8');
  assert.match(dates, /from 'date-fns'/);
  const sanitiser = readFileSync(`${root}dist/sanitize/html.js`, 'utf8');
  assert.match(sanitiser, /from 'dompurify'/);
  for (const file of list.filter((name) => name.endsWith('.js') && !name.startsWith('dist/cdn/'))) {
    const code = readFileSync(`${root}${file}`, 'utf8');
    assert.doesNotMatch(code, /node_modules|class LitElement|customElements\.define\(["']news-/, file);
  }
});

test('sideEffects lists exactly the modules that register tags', () => {
  // The src/ entries keep the CDN build (bundled from src/) from dropping its registrations.
  assert.deepEqual(pkg.sideEffects, [
    './dist/define.js',
    './dist/components/*/define.js',
    './dist/cdn/*',
    './src/define.ts',
    './src/components/*/define.ts',
  ]);
  const index = readFileSync(`${root}dist/index.js`, 'utf8');
  assert.doesNotMatch(index, /define\.js/, 'the class-only entry imports no registration');
});

test('custom-elements.json documents the four tags', () => {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const byTag = Object.fromEntries(
    declarations.filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]),
  );
  assert.deepEqual(Object.keys(byTag).sort(), ['news-article', 'news-card', 'news-list', 'news-trending']);
  const card = byTag['news-card'];
  const names = (list) => (list ?? []).map((entry) => entry.name);
  assert.ok(names(card.attributes).includes('src'));
  assert.ok(names(card.attributes).includes('article-id'));
  assert.ok(names(card.members).includes('feed'));
  assert.deepEqual(names(card.events).sort(), ['news-error', 'news-load', 'news-select']);
  assert.ok(names(card.cssParts).includes('title'));
  assert.ok((card.cssProperties ?? []).length > 0, 'CSS custom properties are documented');
  assert.ok(names(byTag['news-trending'].attributes).includes('limit'));
  for (const attribute of ['limit', 'index', 'columns', 'layout', 'show-feed', 'category', 'tag']) {
    assert.ok(names(byTag['news-list'].attributes).includes(attribute), `news-list ${attribute}`);
  }
  for (const part of ['item', 'card', 'title', 'link', 'more', 'feed-header']) {
    assert.ok(names(byTag['news-list'].cssParts).includes(part), `news-list part ${part}`);
  }
});
