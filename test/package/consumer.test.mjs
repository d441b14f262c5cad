// A fresh Vite + TypeScript app that installs the packed tarball: it type-checks against the
// published declarations, builds with one copy of Lit, and renders the widgets. Offline: the
// tarball is unpacked into the app's node_modules, and its dependencies are links to this
// repository's node_modules (what `npm install ./news-widgets-x.y.z.tgz` would put there).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { root, serve } from './support/server.mjs';
import { launch, open, headlines } from './support/browser.mjs';

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
let app;
let server;
let browser;

before(async () => {
  app = mkdtempSync(join(tmpdir(), 'news-widgets-app-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: root, encoding: 'utf8' }),
  );
  const modules = join(app, 'node_modules');
  mkdirSync(join(modules, 'news-widgets'), { recursive: true });
  execFileSync('tar', ['-xzf', join(app, packed.filename), '-C', join(modules, 'news-widgets'), '--strip-components=1']);
  for (const dependency of dependencyTree(pkg)) {
    mkdirSync(join(modules, dependency, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), join(modules, dependency), 'dir');
  }
  cpSync(new URL('./fixtures/consumer/', import.meta.url), app, { recursive: true });
});

/** The package's dependencies and theirs, as npm's flat install puts them in node_modules. */
function dependencyTree(manifest, found = new Set()) {
  // Optional peers (ws's bufferutil, say) are installed only when something else asks for them.
  const optional = Object.entries(manifest.peerDependenciesMeta ?? {}).filter(([, meta]) => meta.optional).map(([name]) => name);
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    if (found.has(name)) continue;
    if (optional.includes(name) && !existsSync(join(root, 'node_modules', name, 'package.json'))) continue;
    found.add(name);
    dependencyTree(JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')), found);
  }
  return found;
}

after(async () => {
  await browser?.close();
  await server?.close();
  if (app) rmSync(app, { recursive: true, force: true });
});

test('type-checks createElement, properties and events against the published declarations', () => {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(app, 'tsconfig.json')], { cwd: app, encoding: 'utf8' });
  } catch (error) {
    assert.fail(`tsc reported:\n${error.stdout}${error.stderr}`);
  }
});

test('builds with Vite into one bundle holding one copy of Lit', async () => {
  await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: join(app, 'dist'),
      rolldownOptions: { input: { index: join(app, 'index.html'), classes: join(app, 'classes.html') } },
    },
  });
  const assets = readdirSync(join(app, 'dist/assets')).filter((file) => file.endsWith('.js'));
  const code = assets.map((file) => readFileSync(join(app, 'dist/assets', file), 'utf8')).join('\n');
  // lit-html records its version once per copy: `(globalThis.litHtmlVersions ??= []).push(...)`.
  assert.equal(code.match(/litHtmlVersions/g)?.length, 1, 'one copy of lit-html');
  assert.doesNotMatch(code, /Lit is in dev mode/, "Lit's production build");
});

test('the app renders the widgets and receives news-select', async () => {
  server = await serve({ '/': join(app, 'dist'), '/feeds/': 'test/fixtures', '/dist/': 'dist' });
  browser = await launch();
  const tab = await open(browser, `${server.origin}/index.html`);
  try {
    const [card, first] = await headlines(tab.page);
    assert.match(card, /Kenya/);
    await tab.page.waitForFunction(() => document.body.dataset.items);
    await tab.page.locator('news-trending [part~="link"]').first().click();
    assert.equal(await tab.page.evaluate(() => document.body.dataset.selected), first);
    assert.equal(new URL(tab.page.url()).pathname, '/index.html', 'preventDefault() kept the link from being followed');
    assert.deepEqual(tab.errors, []);
  } finally {
    await tab.close();
  }
});

test('the class-only entry registers nothing and the classes work under other tag names', async () => {
  const tab = await open(browser, `${server.origin}/classes.html`);
  try {
    const [title] = await headlines(tab.page, 'acme-card');
    assert.match(title, /Kenya/);
    assert.equal(await tab.page.evaluate(() => document.body.dataset.newsCardDefined), 'false');
    assert.deepEqual(tab.errors, []);
  } finally {
    await tab.close();
  }
});

test('the CDN build added to a page that bundles the npm package is harmless', async () => {
  const tab = await open(browser, `${server.origin}/index.html`);
  try {
    await headlines(tab.page);
    await tab.page.addScriptTag({ url: '/dist/cdn/news-widgets.js', type: 'module' });
    await tab.page.evaluate(() => {
      const card = document.createElement('news-card');
      card.setAttribute('src', '/feeds/world.json');
      document.body.append(card);
    });
    await headlines(tab.page);
    assert.deepEqual(tab.errors, []);
    const warnings = tab.console.filter((m) => m.type === 'warning').map((m) => m.text);
    for (const tag of ['news-card', 'news-article', 'news-trending']) {
      const count = warnings.filter((text) => text.includes(`<${tag}>`)).length;
      assert.ok(count <= 1, `${count} warnings for <${tag}>: ${warnings}`);
    }

  } finally {
    await tab.close();
  }
});
