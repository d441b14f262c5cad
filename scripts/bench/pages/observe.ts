// What the page-load benchmarks share: waiting for every widget, and describing shifted nodes.
import type { NewsErrorEvent } from '../../../src/events/news-error.js';
import type { NewsElement } from '../../../src/internal/news-element.js';

export const WIDGETS = 'news-card, news-trending, news-article';

export function widgets(): NewsElement<unknown>[] {
  return [...document.querySelectorAll<NewsElement<unknown>>(WIDGETS)];
}

/** Resolves when every widget has fired `news-load` (or `news-error`), with the error kinds. */
export function settled(all: HTMLElement[]): Promise<string[]> {
  return Promise.all(
    all.map(
      (el) =>
        new Promise<string>((resolve) => {
          el.addEventListener('news-load', () => resolve(''), { once: true });
          el.addEventListener(
            'news-error',
            (event: NewsErrorEvent) => resolve(`<${el.localName}>: ${event.detail.error.kind}`),
            { once: true },
          );
        }),
    ),
  ).then((errors) => errors.filter(Boolean));
}

/** Waits until the images inside the widgets have loaded (lazy ones out of view never do). */
export async function imagesLoaded(all: Element[], timeout = 3000): Promise<void> {
  const images = all.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('img') ?? [])]);
  const pending = images
    .filter((img) => !img.complete)
    .map((img) => new Promise((resolve) => img.addEventListener('load', resolve, { once: true })));
  await Promise.race([Promise.all(pending), sleep(timeout)]);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** "news-card > figure.media": which widget a node belongs to, and what it is. */
export function describe(node: Node | null | undefined): string {
  if (!node) return '(removed node)';
  const root = node.getRootNode();
  const host = root instanceof ShadowRoot ? root.host.localName : undefined;
  const self =
    node instanceof Element
      ? `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`
      : node.nodeName;
  return host ? `${host} > ${self}` : self;
}
