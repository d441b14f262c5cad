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

test(`a page with one <news-card> in English loads at most ${BUDGETS.card / 1000} KB gzip of script`, () => {
  assert.ok(sizes.card.scripts.some((s) => s.file === 'news-widgets.js'));
  assert.ok(!sizes.card.scripts.some((s) => /^html-/.test(s.file)), 'no sanitiser on a card page');
  assert.ok(
    sizes.card.gzip <= BUDGETS.card,
    `${sizes.card.gzip} B > ${BUDGETS.card} B: ${list(sizes.card.scripts)}`,
  );
});

test(`a page with all three widgets in English loads at most ${BUDGETS.all / 1000} KB gzip of script`, () => {
  assert.ok(sizes.all.scripts.some((s) => /^html-/.test(s.file)), 'the article body loads the sanitiser');
  assert.ok(sizes.all.gzip <= BUDGETS.all, `${sizes.all.gzip} B > ${BUDGETS.all} B: ${list(sizes.all.scripts)}`);
});

test(`each extra locale costs at most ${BUDGETS.locale / 1000} KB gzip`, () => {
  assert.deepEqual(Object.keys(sizes.locales), LOCALES);
  for (const [locale, { scripts, gzip }] of Object.entries(sizes.locales)) {
    assert.ok(scripts.length > 0, `${locale} loads its own chunk`);
    assert.ok(gzip <= BUDGETS.locale, `${locale}: ${gzip} B > ${BUDGETS.locale} B: ${list(scripts)}`);
  }
});
