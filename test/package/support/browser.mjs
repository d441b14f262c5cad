// Debian's headless Chromium for the package tests (never a downloaded browser).
import { chromium } from 'playwright-core';
import { launchOptions } from '../../../scripts/chromium.mjs';

export function launch() {
  return chromium.launch(launchOptions);
}

/**
 * Opens `url` in a fresh context and records what a developer would see: uncaught errors,
 * console messages, and every response.
 */
export async function open(browser, url) {
  const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  const console = [];
  const responses = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => console.push({ type: message.type(), text: message.text() }));
  page.on('response', (response) => responses.push(response));
  await page.goto(url);
  return { page, errors, console, responses, close: () => context.close() };
}

/** Waits until every widget on the page shows its headline, and returns the headlines. */
export async function headlines(page, selector = 'news-card, news-article, news-trending') {
  await page.waitForFunction(
    (sel) =>
      [...document.querySelectorAll(sel)].every((el) => el.shadowRoot?.querySelector('[part~="title"]')),
    selector,
    { timeout: 10_000 },
  );
  return page.$$eval(selector, (elements) =>
    elements.map((el) => el.shadowRoot.querySelector('[part~="title"]').textContent.trim()),
  );
}
