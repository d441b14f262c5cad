#!/usr/bin/env node
// The strict-host-page check: the three widgets on a page served with
//   Content-Security-Policy: script-src 'self'; style-src 'self';
//     require-trusted-types-for 'script'; trusted-types lit-html news-widgets
// must render (the article with a sanitised HTML body) with no violation and no console error.
// A hostile article body must run nothing and break no Trusted Types rule; Chromium still
// reports the inline handlers and style attributes in it as blocked (`script-src-attr`,
// `style-src-attr`) when it parses them, before the sanitiser removes them: see the README.
// @web/test-runner injects inline scripts, so this cannot be one of its test files: the library
// is bundled from src/ into a temporary directory, served with that header by a small static
// server, and loaded in headless Chromium. A control page does on purpose what the widgets must
// not (a string into innerHTML, an inline style attribute) to show that violations are caught.
// Ends with "csp: N passed, N failed".
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../../scripts/chromium.mjs';
import { buildCdnInto } from '../../../scripts/build/cdn.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const images = join(root, 'test/fixtures/images');

/** The strict page's policy; `trusted-types` names what the README tells hosts to allow. */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html news-widgets',
].join('; ');

const PAGE_FILES = ['/page.html', '/hostile.html', '/control.html', '/control.js', '/feed.json'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `\n    ${detail}`}`);
}

/** The library as a browser gets it from the CDN: the real CDN build, loader and chunks. */
async function bundle(outDir) {
  await buildCdnInto(outDir, ['cdn']);
}

function serve(dist) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    // `?trusted-types=…` replaces the policy names allowed, to check that they are needed.
    const names = new URL(request.url, 'http://localhost').searchParams.get('trusted-types');
    const policy = names ? POLICY.replace(/trusted-types [^;]*/, `trusted-types ${names}`) : POLICY;
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const file = path.startsWith('/images/')
      ? join(images, path.slice('/images/'.length))
      : PAGE_FILES.includes(path)
        ? join(here, path)
        : join(dist, path);
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': policy,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Security-Policy': policy }).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Opens a page and collects what a strict host would see go wrong. */
async function open(browser, url) {
  const page = await browser.newPage();
  const problems = { violations: [], errors: [], dialogs: [] };
  await page.exposeBinding('__reportViolation', (_, violation) => problems.violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportViolation(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`.trim());
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(url);
  return { page, problems };
}

/** What a widget shows once loaded: its headline(s), body text, and anything it should not have. */
function widgetState(page, tag) {
  return page.waitForFunction((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root || root.querySelector('[part~="skeleton"]') || !root.querySelector('[part~="title"], [part~="error"]')) {
      return undefined;
    }
    const body = root.querySelector('[part~="body"]');
    return {
      error: root.querySelector('[part~="error"]')?.textContent.trim(),
      titles: [...root.querySelectorAll('[part~="title"]')].map((el) => el.textContent.trim()),
      body: body?.textContent.replace(/\s+/g, ' ').trim(),
      bodyLinks: body ? [...body.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')) : [],
      bodyImages: body ? body.querySelectorAll('img').length : 0,
      unsafe: root.querySelectorAll('script, svg, [style], [onclick], [onerror], [onload]').length,
    };
  }, tag, { timeout: 10_000 }).then((handle) => handle.jsonValue());
}

const dist = await mkdtemp(join(tmpdir(), 'news-widgets-csp-'));
let server;
let browser;
try {
  await bundle(dist);
  server = await serve(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(launchOptions);

  const control = await open(browser, `${origin}/control.html`);
  await control.page.waitForFunction(() => document.querySelector('div')?.hasAttribute('style'));
  await control.page.waitForTimeout(100);
  const seen = control.problems.violations.join(' | ');
  check('control: a string assigned to innerHTML is reported', /require-trusted-types-for/.test(seen), seen);
  check('control: an inline style attribute is reported', /style-src-attr|style-src/.test(seen), seen);
  await control.page.close();

  const { page, problems } = await open(browser, `${origin}/page.html`);
  const [card, article, trending] = await Promise.all(
    ['news-card', 'news-article', 'news-trending'].map((tag) =>
      widgetState(page, tag).catch((error) => ({ error: String(error) })),
    ),
  );
  const HEADLINE = 'Harbour Reopens After Storm Repairs';
  check('<news-card> renders its story', !card.error && card.titles?.[0] === HEADLINE, JSON.stringify(card));
  check(
    '<news-article> renders its HTML body through the sanitiser',
    !article.error &&
      article.titles?.[0] === HEADLINE &&
      article.body === 'Ferries returnThe first crossing leaves at 06:40. See the timetable.The repaired wall.' &&
      article.bodyLinks.join() === `${origin}/timetable.html` &&
      article.bodyImages === 1,
    JSON.stringify(article),
  );
  check(
    '<news-trending> renders its list',
    !trending.error &&
      trending.titles?.join(' / ') ===
        `${HEADLINE} / Market Day Moves to the Quay / Lighthouse Open to Visitors`,
    JSON.stringify(trending),
  );
  // Let late work (lazy images, locale chunks) finish before judging.
  await page.waitForTimeout(300);
  check('no CSP or Trusted Types violation', problems.violations.length === 0, problems.violations.join('\n    '));
  check('no console error', problems.errors.length === 0, problems.errors.join('\n    '));
  await page.close();

  const hostile = await open(browser, `${origin}/hostile.html`);
  const body = await widgetState(hostile.page, 'news-article').catch((error) => ({ error: String(error) }));
  await hostile.page.waitForTimeout(300);
  const blocked = hostile.problems.violations.filter((v) => !/^(script|style)-src-attr: inline\b/.test(v));
  check(
    'a hostile body runs nothing and breaks no Trusted Types rule',
    !body.error &&
      body.titles?.[0] === 'Hostile Body' &&
      body.body === 'Safe start.Styled paragraph.Bad linkSafe end.' &&
      body.bodyLinks.length === 0 &&
      body.bodyImages === 1 &&
      body.unsafe === 0 &&
      hostile.problems.dialogs.length === 0 &&
      blocked.length === 0,
    JSON.stringify({ body, dialogs: hostile.problems.dialogs, violations: hostile.problems.violations }),
  );
  console.log(`  (reported while parsing the hostile body: ${hostile.problems.violations.join(', ') || 'nothing'})`);
  await hostile.page.close();

  const unnamed = await open(browser, `${origin}/page.html?trusted-types=lit-html`);
  await widgetState(unnamed.page, 'news-article').catch(() => undefined);
  const refused = unnamed.problems.violations.join(' | ');
  check('the news-widgets policy name is needed (refused when not allowed)', /trusted-types: trusted-types-policy news-widgets/.test(refused), refused);
  await unnamed.page.close();
} catch (error) {
  check('strict-page check ran', false, error?.stack ?? String(error));
} finally {
  await browser?.close();
  server?.close();
  await rm(dist, { recursive: true, force: true });
}

console.log(`csp: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
