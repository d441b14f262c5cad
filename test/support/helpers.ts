import { expect, waitUntil } from '@open-wc/testing';
import { FeedError } from '../../src/data/feed-error.js';
import sinon from 'sinon';

/** The moment relative-time assertions are made from: 5 hours after the Kenya story. */
export const NOW = new Date('2024-06-26T17:47:26.798Z');

/** Pins `Date` (only) so relative times are deterministic; timers keep running. */
export function pinClock(now: Date = NOW): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({ now, toFake: ['Date'] });
}

export const FIXTURES = new URL('/test/fixtures/', location.href).href;
export const WORLD = `${FIXTURES}world.json`;
export const MONDE = `${FIXTURES}monde.json`;

/** Waits until the widget has left its loading state (5 s for one widget, or `timeout` ms). */
export async function settled(el: Element, timeout = 5000): Promise<void> {
  await waitUntil(
    () => el.shadowRoot && !el.shadowRoot.querySelector('[part="skeleton"]') && el.shadowRoot.childElementCount > 0,
    `${el.localName} did not finish loading`,
    { timeout },
  );
}

/** Query the widget's shadow root. */
export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The FeedError a load or parse fails with; fails the test if it succeeds or throws anything else. */
export async function feedFailure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}
