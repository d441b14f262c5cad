#!/usr/bin/env node
// `npm run test:storybook`: builds Storybook, serves storybook-static/ on 127.0.0.1, and opens
// every story and docs page in headless Chromium. A story fails on a page error, a console
// error, a request to another machine, a widget that does not reach the state the story names
// (skeleton, error, empty, stale copy, or content), content that overflows the widget's box, a
// headline that is clipped (unless the story opts into a clamp with --news-title-lines), or an
// axe-core violation. The default stories run again
// with the toolbar set to dark and Arabic, which must reach the widgets. Also checks that every
// story and docs page the design review needs exists. Ends with "storybook: N passed, N failed".
//
// Stories follow one another in an open preview, switched over Storybook's channel as its own
// UI switches them (a designer clicking through the sidebar), not each loaded in a new page:
// that took about 1.5 s a story, most of the stage. So a story that shows right only in a fresh
// preview, or that leaves the next one broken, fails here as it would in front of a designer.
// Docs pages and stories under other toolbar globals are loaded afresh, as is any story after
// one that failed.
//
//   node scripts/storybook-smoke.mjs [--no-build] [filter]
//
// --no-build reuses an existing storybook-static/; filter keeps the entries whose id contains it.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const axeSource = join(root, 'node_modules/axe-core/axe.min.js');
const cliArgs = process.argv.slice(2);
const build = !cliArgs.includes('--no-build');
const filter = cliArgs.find((arg) => !arg.startsWith('--'));

/** Pages open at once: the machine has two cores, shared. */
const CONCURRENCY = 3;
/**
 * How long a story has to reach its state, in ms, and a docs page, which renders every story of
 * its component at once (the article's took over 15 s on a machine at a load average of 12).
 */
const RENDER_TIMEOUT = 15_000;
const DOCS_TIMEOUT = 45_000;
const TAGS = ['news-card', 'news-article', 'news-trending', 'news-list'];

/** The stories the issue asks for, by id: a missing one is a failure. */
const REQUIRED = [
  ...TAGS.flatMap((tag) =>
    ['default', 'loading', 'error', 'empty', 'dark', 'french', 'narrow', 'wide'].map((state) => `widgets-${tag}--${state}`),
  ),
  'widgets-news-card--without-image',
  'widgets-news-card--long-headline',
  'widgets-news-article--text-body',
  'widgets-news-article--without-key-points-or-sources',
  'widgets-news-trending--limit-3',
  'widgets-news-trending--limit-10',
  ...TAGS.flatMap((tag) =>
    ['offline', 'not-found', 'right-to-left', 'english-on-arabic-page', 'long-headline-on-phone'].map(
      (state) => `widgets-${tag}--${state}`,
    ),
  ),
  ...TAGS.map((tag) => `widgets-${tag}--docs`),
  'guides-embedding--docs',
  'guides-theming--docs',
];

/** Same rules as @storybook/addon-a11y: it turns off `region`, since a story is not a whole page. */
const AXE_OPTIONS = { rules: { region: { enabled: false } } };
const AXE_EXCLUDE = ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

function buildStorybook() {
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build-storybook'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1' },
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error('npm run build-storybook failed');
  }
  console.log(`built storybook-static/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Serves storybook-static/ read-only on 127.0.0.1, on a free port. */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    let file = normalize(join(staticDir, path));
    if (!file.startsWith(staticDir + sep) && file !== staticDir) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Which part of the widget's shadow root shows that a story reached its state. */
function expectedPart(id) {
  const state = id.split('--')[1];
  if (state === 'loading') return 'skeleton';
  if (state === 'error') return 'error';
  if (state === 'empty') return 'empty';
  if (state === 'offline') return 'stale';
  // A list has no article-id: its "not found" is a category with no story, which is empty.
  if (state === 'not-found') return id.includes('news-trending') || id.includes('news-list') ? 'empty' : 'error';
  return null; // the content
}

const CONTENT_PART = { 'news-card': 'card', 'news-article': 'article', 'news-trending': 'section', 'news-list': 'list' };

/**
 * In the page: whether every widget under `scope` shows the part it should, with text in it.
 * Returns a description of what is missing, or '' when all is there.
 */
function pendingWidgets({ scope, part, contentPart }) {
  const container = document.querySelector(scope);
  if (!container) return `no ${scope}`;
  const widgets = [...container.querySelectorAll('news-card, news-article, news-trending, news-list')];
  if (widgets.length === 0) return 'no widget in the story';
  for (const widget of widgets) {
    const wanted = part ?? contentPart[widget.localName];
    const shown = widget.shadowRoot?.querySelector(`[part~="${wanted}"]`);
    if (!shown) return `<${widget.localName}> shows no [part=${wanted}]`;
    if (shown.textContent.trim() === '') return `<${widget.localName}> [part=${wanted}] is empty`;
    if (part === 'stale' && !widget.shadowRoot.querySelector(`[part~="${contentPart[widget.localName]}"]`)) {
      return `<${widget.localName}> shows no content under its stale notice`;
    }
    if (!part && widget.shadowRoot.querySelector('[part~="skeleton"], [part~="error"], [part~="empty"]')) {
      return `<${widget.localName}> is not in its content state`;
    }
  }
  return '';
}

/**
 * In the page: what a reader would see cut off in the story's widgets. A headline must show
 * whole (its box clips it only when the host set --news-title-lines); any other text must lie
 * inside the widget's box, unless a box of its own clips it on purpose (a summary's clamp, a
 * table that scrolls).
 */
function layoutProblems() {
  const problems = [];
  // A text's box is its font's whole height, taller than its line when the line height is
  // tight: a quarter of it may stand out above and below without any letter being cut.
  const outside = (r, box) => {
    const slack = 1 + r.height / 4;
    return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - slack || r.bottom > box.bottom + slack;
  };
  for (const host of document.querySelectorAll('#storybook-root news-card, #storybook-root news-article, #storybook-root news-trending, #storybook-root news-list')) {
    const root = host.shadowRoot;
    if (!root) continue;
    const hostBox = host.getBoundingClientRect();
    const clamped = getComputedStyle(host).getPropertyValue('--news-title-lines').trim() !== '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.data.trim() || !parent || parent.closest('.visually-hidden')) continue;
      let clip = null;
      for (let el = parent; el; el = el.parentElement) {
        if (getComputedStyle(el).overflow !== 'visible') {
          clip = el;
          break;
        }
      }
      const title = clip?.matches('[part~="title"]') && !clamped;
      if (clip && !title) continue; // clipped on purpose
      const box = title ? clip.getBoundingClientRect() : hostBox;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0 && outside(r, box));
      if (rect) {
        const what = title ? 'headline clipped' : `text overflows the widget's box`;
        problems.push(`<${host.localName}> ${what}: "${node.data.trim().slice(0, 50)}"`);
        break;
      }
    }
  }
  return problems;
}

/**
 * A page of the preview (iframe.html) that stays open from story to story. Its listeners file
 * what goes wrong under the entry being checked: page errors, console errors, requests that
 * would leave the machine (each is refused).
 */
async function openPreview(context, baseUrl) {
  const page = await context.newPage();
  const preview = { page, problems: [], loads: 0, switchable: false };
  page.on('pageerror', (error) => preview.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') preview.problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== new URL(baseUrl).host) {
      preview.problems.push(`request left the machine: ${request.url()}`);
    }
  });
  page.on('load', () => preview.loads++);
  // Nothing may leave the machine, whatever the story does.
  await page.route(
    (url) => url.host !== new URL(baseUrl).host && url.protocol.startsWith('http'),
    (route) => route.abort('blockedbyclient'),
  );
  return preview;
}

/** How each entry came to be shown: switched to in an open preview, or loaded afresh. */
const shownBy = { switched: 0, loaded: 0 };

/**
 * Shows a story in the open preview as Storybook's own UI does, over its channel, without
 * loading the preview again (about 1.5 s a story). False when that did not happen (the
 * preview reloaded, or gave no sign of rendering), and the story is then loaded afresh.
 */
async function switchStory(preview, id) {
  const loads = preview.loads;
  const shown = await preview.page
    .evaluate(
      ({ id, timeout }) =>
        new Promise((resolve) => {
          const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
          if (!channel) return resolve(false);
          const events = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
          const done = (value) => {
            for (const event of events) channel.off(event, onEvent);
            resolve(value);
          };
          const onEvent = () => done(true);
          for (const event of events) channel.on(event, onEvent);
          channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
          setTimeout(() => done(false), timeout);
        }),
      { id, timeout: RENDER_TIMEOUT },
    )
    .catch(() => false);
  return shown && preview.loads === loads;
}

async function checkEntry(preview, baseUrl, entry) {
  const { page } = preview;
  const problems = [];
  preview.problems = problems;
  try {
    const docs = entry.type === 'docs';
    // A plain story follows another in the same preview; a docs page, or a story under other
    // toolbar globals (which would stay set for the stories after it), is loaded afresh.
    const plain = !docs && !entry.globals;
    if (plain && preview.switchable && (await switchStory(preview, entry.id))) {
      shownBy.switched++;
    } else {
      shownBy.loaded++;
      problems.length = 0;
      // The a11y addon's own run after each story is turned off (a11y.manual): this script runs
      // axe itself below, and the two runs on one page waited on each other.
      const globals = `&globals=${Object.entries({ ...entry.globals, 'a11y.manual': '!true' })
        .map(([key, value]) => `${key}:${value}`)
        .join(';')}`;
      await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}${globals}`);
    }
    preview.switchable = plain;
    const scope = docs ? '#storybook-docs' : '#storybook-root';
    const isMdx = docs && !entry.id.startsWith('widgets-');
    const args = { scope, part: docs ? null : expectedPart(entry.id), contentPart: CONTENT_PART, autodocs: docs && !isMdx };
    try {
      if (isMdx) {
        await page.waitForSelector('#storybook-docs .sbdocs-content h1', { timeout: DOCS_TIMEOUT });
      }
      await page.waitForFunction(
        (args) => {
          if (document.body.classList.contains('sb-show-errordisplay')) return true;
          // Docs pages render every story of the component, loading one included.
          if (args.scope === '#storybook-docs') {
            const widgets = document.querySelectorAll('#storybook-docs news-card, #storybook-docs news-article, #storybook-docs news-trending, #storybook-docs news-list');
            return (
              (widgets.length > 0 || !args.autodocs) &&
              [...widgets].every((w) => w.shadowRoot?.querySelector('[part]')?.textContent.trim())
            );
          }
          return globalThis.__pendingWidgets(args) === '';
        },
        args,
        { timeout: docs ? DOCS_TIMEOUT : RENDER_TIMEOUT },
      ).catch(async (error) => {
        if (!docs) {
          const reason = await page.evaluate((args) => globalThis.__pendingWidgets(args), args);
          throw new Error(`did not render: ${reason}`);
        }
        throw error;
      });
    } catch (error) {
      problems.push(error.message.split('\n')[0]);
    }
    const storybookError = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay')
        ? document.querySelector('#error-message')?.textContent?.trim() || 'Storybook shows an error'
        : '',
    );
    if (storybookError) problems.push(`story error: ${storybookError}`);
    if (entry.globals) {
      // The toolbar's theme and locale reach every widget of a story that does not set its own.
      const attributes = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root news-card, #storybook-root news-article, #storybook-root news-trending, #storybook-root news-list')].map(
          (widget) => ({ theme: widget.getAttribute('theme'), locale: widget.getAttribute('locale') }),
        ),
      );
      for (const { theme, locale } of attributes) {
        if (theme !== entry.globals.theme || locale !== entry.globals.locale) {
          problems.push(`toolbar globals not applied: theme=${theme}, locale=${locale}`);
        }
      }
    }
    if (!docs && problems.length === 0) problems.push(...(await page.evaluate(layoutProblems)));
    if (docs && !isMdx) {
      const tables = await page.locator('#storybook-docs .docblock-argstable').count();
      if (tables === 0) problems.push('autodocs page has no argument table');
    }
    if (!docs && problems.length === 0) {
      if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: axeSource });
      const violations = await page.evaluate(
        async ({ exclude, options }) => {
          // One axe run at a time per page (the a11y addon's panel may start one too).
          let results;
          for (let attempt = 0; !results; attempt++) {
            try {
              results = await globalThis.axe.run({ include: [document.body], exclude }, options);
            } catch (error) {
              if (attempt > 50 || !/already running/.test(error.message)) throw error;
              await new Promise((wait) => setTimeout(wait, 100));
            }
          }
          return results.violations.map(
            (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
          );
        },
        { exclude: AXE_EXCLUDE, options: AXE_OPTIONS },
      );
      problems.push(...violations.map((v) => `a11y: ${v}`));
    }
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
    // Whatever went wrong, the next story starts on a fresh preview.
    preview.switchable = false;
  }
  return problems;
}

async function main() {
  if (build) buildStorybook();
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries);
  // The default stories again under other toolbar globals: a dark, right-to-left page.
  const withGlobals = stories
    .filter((entry) => entry.type === 'story' && entry.id.endsWith('--default'))
    .map((entry) => ({ ...entry, globals: { theme: 'dark', locale: 'ar' } }));
  const entries = [...stories, ...withGlobals].filter((entry) => !filter || entry.id.includes(filter));
  const results = [];
  if (!filter) {
    const ids = new Set(Object.keys(index.entries));
    for (const id of REQUIRED) results.push({ name: `present: ${id}`, problems: ids.has(id) ? [] : ['missing'] });
  }

  const server = await serve();
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(launchOptions);
  try {
    const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US', reducedMotion: 'reduce' });
    await context.addInitScript(`globalThis.__pendingWidgets = ${pendingWidgets.toString()};`);
    // Plain stories first, one after another in each preview; then the entries loaded afresh.
    const afresh = (entry) => entry.type === 'docs' || Boolean(entry.globals);
    const queue = [...entries.filter((entry) => !afresh(entry)), ...entries.filter(afresh)];
    const worker = async () => {
      const preview = await openPreview(context, baseUrl);
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const problems = await checkEntry(preview, baseUrl, entry);
        const globals = entry.globals ? ` (${Object.values(entry.globals).join(', ')})` : '';
        const result = { name: `${entry.type}: ${entry.id}${globals}`, problems };
        results.push(result);
        console.log(`${problems.length ? '✗' : '✓'} ${result.name}`);
        for (const problem of problems) console.log(`    ${problem}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser.close();
    server.close();
  }

  for (const { name, problems } of results.filter((r) => r.name.startsWith('present:') && r.problems.length)) {
    console.log(`✗ ${name}: ${problems.join('; ')}`);
  }
  const failed = results.filter((r) => r.problems.length).length;
  console.log(`\n${shownBy.switched} entries switched to in an open preview, ${shownBy.loaded} loaded afresh`);
  console.log(`storybook: ${results.length - failed} passed, ${failed} failed`);
  return failed;
}

main().then(
  (failed) => process.exit(failed ? 1 : 0),
  (error) => {
    console.error(error);
    console.log('\nstorybook: 0 passed, 1 failed');
    process.exit(1);
  },
);
