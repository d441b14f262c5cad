// The README's size budgets, measured in Chromium on pages that use the CDN build
// (see scripts/size.mjs; `npm run size` prints the same figures).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, LOCALES, measure } from '../../scripts/size.mjs';

let sizes;
before(async () => {
  sizes = await measure();
});

const list = (scripts) => scripts.map((s) => `${s.file} ${s.gzip} B`).join(', ');

test('a page with one <news-card> loads the card, and neither the sanitiser, the refresh or lazy-loading code nor the other widgets', () => {
  const files = sizes.card.scripts.map((s) => s.file);
  assert.ok(files.includes('news-widgets.js') && files.includes('news-card.js'), files.join(', '));
  assert.ok(!files.some((file) => /^(html|refresh|near-viewport|news-article|news-trending|news-list|list-extras)\.js$/.test(file)), files.join(', '));
});

test(`a page with one <news-list> of a paged feed, its header and "More" loads at most ${BUDGETS.list / 1000} KB gzip of script`, () => {
  const files = sizes.list.scripts.map((s) => s.file);
  assert.ok(files.includes('news-list.js') && files.includes('list-extras.js'), files.join(', '));
  assert.ok(!files.some((file) => /^(html|news-card|news-article|news-trending)\.js$/.test(file)), files.join(', '));
  assert.ok(sizes.list.gzip <= BUDGETS.list, `${sizes.list.gzip} B > ${BUDGETS.list} B: ${list(sizes.list.scripts)}`);
});

test(`a page with one <news-card> in English loads at most ${BUDGETS.card / 1000} KB gzip of script`, () => {
  assert.ok(sizes.card.gzip <= BUDGETS.card, `${sizes.card.gzip} B > ${BUDGETS.card} B: ${list(sizes.card.scripts)}`);
});

test(`a page with all three widgets in English loads at most ${BUDGETS.all / 1000} KB gzip of script`, () => {
  assert.ok(sizes.all.scripts.some((s) => /^html\.js$/.test(s.file)), 'the article body loads the sanitiser');
  assert.ok(sizes.all.gzip <= BUDGETS.all, `${sizes.all.gzip} B > ${BUDGETS.all} B: ${list(sizes.all.scripts)}`);
});

test(`each extra locale costs at most ${BUDGETS.locale / 1000} KB gzip: the widgets' own words, dates from Intl`, () => {
  assert.deepEqual(Object.keys(sizes.locales), LOCALES);
  for (const [locale, { scripts, gzip }] of Object.entries(sizes.locales)) {
    // British English speaks English: nothing to load.
    const words = locale !== 'en-GB';
    assert.equal(scripts.length, words ? 1 : 0, `${locale} loads ${words ? 'one chunk' : 'nothing'}: ${list(scripts)}`);
    assert.ok(gzip <= BUDGETS.locale, `${locale}: ${gzip} B > ${BUDGETS.locale} B: ${list(scripts)}`);
  }
  assert.deepEqual(sizes.locales['zh-TW'].scripts.map((s) => s.file), ['zh.js'], 'zh-TW speaks zh');
});
