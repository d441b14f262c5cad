#!/usr/bin/env node
// Size budgets for the CDN build, measured the way a reader's browser pays for them: each page
// is loaded in headless Chromium and the gzip sizes of the scripts it fetched from dist/cdn/ are
// added up. `npm run size` prints the figures (after `npm run build`); the package tests
// (test/package/size.test.mjs) fail when a budget is exceeded.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, open, headlines } from '../test/package/support/browser.mjs';
import { servePackagePages } from '../test/package/support/pages.mjs';

export const KB = 1000;

/** The budgets the README lists, in bytes of gzip. */
export const BUDGETS = {
  card: 22.7 * KB,
  all: 44.3 * KB,
  list: 27.3 * KB,
  locale: 1 * KB,
};

/**
 * Locales a widget may speak, as its `locale` attribute spells them: those with words of their
 * own load one chunk; en-GB speaks English and loads nothing; zh-TW loads zh's chunk.
 */
export const LOCALES = [
  ...['fr', 'de', 'es', 'it', 'pt', 'nl', 'ar', 'bn', 'el', 'fa', 'he', 'hi', 'hu', 'id', 'ja', 'ko', 'pl', 'ru', 'sv', 'tr', 'uk', 'ur', 'zh'],
  ...['en-GB', 'zh-TW'],
];

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Loads `path` and returns the scripts it fetched from dist/cdn/, with their gzip sizes. */
async function scriptsOf(browser, origin, path, ready) {
  const tab = await open(browser, `${origin}${path}`);
  try {
    await headlines(tab.page);
    if (ready) await tab.page.waitForFunction(ready);
    await tab.page.waitForLoadState('networkidle');
    if (tab.errors.length) throw new Error(`${path}: ${tab.errors.join('; ')}`);
    const scripts = tab.responses.filter(
      (r) => r.request().resourceType() === 'script' && new URL(r.url()).pathname.startsWith('/dist/cdn/'),
    );
    return await Promise.all(
      scripts.map(async (r) => ({ file: new URL(r.url()).pathname.slice('/dist/cdn/'.length), gzip: gzipSize(await r.body()) })),
    );
  } finally {
    await tab.close();
  }
}

const total = (scripts) => scripts.reduce((sum, script) => sum + script.gzip, 0);

/** Every figure the budgets cover, plus the classic build for the README. */
export async function measure() {
  const server = await servePackagePages();
  const browser = await launch();
  try {
    // Pages at once, a few at a time: each waits for the network to be idle for half a second.
    const pages = [
      ['/fixtures/card.html'],
      ['/fixtures/widgets.html', () => document.querySelector('news-article').shadowRoot.querySelector('[part~="body"] p')],
      ['/fixtures/list.html', () => document.querySelector('news-list').shadowRoot?.querySelector('[part~="more"]')],
      ...LOCALES.map((locale) => [`/fixtures/card.html?locale=${locale}`]),
    ];
    const measured = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < pages.length; i = next++) measured[i] = await scriptsOf(browser, server.origin, ...pages[i]);
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    const [card, all, list, ...perLocale] = measured;
    const seen = new Set(card.map((script) => script.file));
    const locales = Object.fromEntries(LOCALES.map((locale, i) => [locale, perLocale[i].filter((script) => !seen.has(script.file))]));
    const root = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
    return {
      card: { scripts: card, gzip: total(card) },
      all: { scripts: all, gzip: total(all) },
      list: { scripts: list, gzip: total(list) },
      locales: Object.fromEntries(
        Object.entries(locales).map(([locale, scripts]) => [locale, { scripts, gzip: total(scripts) }]),
      ),
      iife: { gzip: gzipSize(readFileSync(`${root}news-widgets.iife.js`)) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await measure();
  const rows = [
    ['one <news-card>, English', sizes.card.gzip, BUDGETS.card],
    ['all three widgets, English', sizes.all.gzip, BUDGETS.all],
    ['one <news-list> of a paged feed with show-feed, English', sizes.list.gzip, BUDGETS.list],
    ...Object.entries(sizes.locales).map(([locale, { gzip }]) => [`+ ${locale} locale`, gzip, BUDGETS.locale]),
    ['classic build (news-widgets.iife.js), everything inlined', sizes.iife.gzip, undefined],
  ];
  let over = 0;
  for (const [name, gzip, budget] of rows) {
    const status = budget === undefined ? '' : gzip <= budget ? `  (budget ${kb(budget)})` : `  OVER budget ${kb(budget)}`;
    if (budget !== undefined && gzip > budget) over += 1;
    console.log(`${name.padEnd(60)} ${kb(gzip).padStart(8)} gzip${status}`);
  }
  for (const [name, { scripts }] of [['card page', sizes.card], ['all-widgets page', sizes.all], ['list page', sizes.list]]) {
    console.log(`\n${name}: ${scripts.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ')}`);
  }
  process.exitCode = over ? 1 : 0;
}
