/// <reference types="node" />
// `renderWidget`: a widget rendered on a server with Lit SSR, content and all, in a declarative
// shadow root, with the feed it shows embedded for the browser to hydrate from.
/* eslint-disable lit/binding-positions, lit/no-invalid-html -- static templates: the tag is a checked name */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../define.js';
import type { FeedController } from '../data/feed-controller.js';
import type { FeedState } from '../data/feed-state.js';
import { isNormalisedFeed, normaliseFeed } from '../data/normalise.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetchFeedText, parseFeed, resolveFeedUrl } from '../data/load.js';
import type { NewsFeed, NewsItem } from '../data/types.js';
import { atClock } from '../format/relative-time.js';
import { LANGUAGES, loadMessages } from '../format/strings.js';
import { serverBodySanitizer, serverSanitizer } from '../gateway/server-dom.js';
import { toJsonFeed } from '../gateway/json-feed.js';
import { parseXml } from '../gateway/xml-parser.js';
import { lendServerSanitizer } from '../sanitize/server-body.js';
import { lendListExtras } from '../internal/list-extras-slot.js';
import * as listExtras from '../internal/list-extras.js';
import type { EmbeddedData } from '../internal/hydration.js';
import { attributeList, feedScript, type AttributeValue } from './embed.js';
import { trimmings } from './trim.js';

/** The tags renderWidget renders. */
export const WIDGET_TAGS = ['news-card', 'news-article', 'news-trending', 'news-list'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

export interface RenderWidgetOptions {
  /** The element's attributes (`article-id`, `locale`, `limit`…), as the HTML would give them. */
  attributes?: Record<string, AttributeValue>;
  /** The feed as an object (JSON Feed, or a feed from `news-load`); wins over `src`. */
  feed?: unknown;
  /**
   * An absolute http(s) URL of a feed (JSON Feed, RSS or Atom), fetched by the server; it is also
   * the element's `src`, which the browser asks again only for a retry or a refresh.
   */
  src?: string;
  /** Milliseconds the feed has to answer: 10,000 by default. */
  timeout?: number;
  /** Told what the normaliser repaired or ignored, and why a feed could not be had. */
  warn?: (message: string) => void;
}

let ready: Promise<void> | undefined;

/**
 * Once per process: every language's words, the body sanitiser (on jsdom where it loads), and the
 * lists' feed header and "More", which a browser fetches when first shown.
 */
function prepare(): Promise<void> {
  return (ready ??= (async () => {
    await Promise.all(LANGUAGES.map((language) => loadMessages(language)));
    lendServerSanitizer(await serverBodySanitizer());
    lendListExtras(listExtras);
  })());
}

/** The widget's state for `feed` with these attributes, as the element computes it on a server. */
function stateFor(tag: WidgetTag, attributes: Record<string, AttributeValue>, feed: unknown) {
  const renderer = new LitElementRenderer(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false && value != null) renderer.setAttribute(name, value === true ? '' : String(value));
  }
  renderer.setProperty('feed', feed);
  renderer.connectedCallback();
  // The controller is the element's own; the server reads what it would show.
  return (renderer.element as unknown as { feedController: FeedController<unknown> }).feedController.state;
}

/** The items a state shows: a card's or article's one, a list's several. */
function shownItems(state: FeedState<unknown> | undefined): NewsItem[] | undefined {
  if (state?.status !== 'complete') return undefined;
  const view = state.view as NewsItem | NewsItem[] | { item: NewsItem } | undefined;
  if (view === undefined) return [];
  return Array.isArray(view) ? view : 'item' in view ? [view.item] : [view];
}

const ids = (items: NewsItem[] | undefined) => items?.map((item) => item.id).join('\n');

/** The feed at `src`, fetched with the widgets' timeout and size limit, read as they read it. */
async function fetchFeed(src: string, timeout: number, warn?: (message: string) => void): Promise<NewsFeed> {
  const url = resolveFeedUrl(src, undefined);
  const fetched = await fetchFeedText(url, { timeout, maxBytes: DEFAULT_MAX_BYTES });
  return parseFeed(fetched.text, fetched.url, { contentType: fetched.contentType, parseXml, warn });
}

/**
 * A widget's whole HTML, to put in a page: the element with its attributes, a declarative
 * shadow root (`<template shadowrootmode="open">`) holding its content as the browser would
 * render it (headline links, summary, dates, image, the article's body sanitised here too,
 * key points, sources), and the feed it shows as a JSON script, trimmed to what it shows, so
 * the browser hydrates it without asking for the feed again. A feed that cannot be had (a
 * network error, a broken feed) gives the bare element, which loads in the browser as usual.
 */
export async function renderWidget(tagName: WidgetTag, options: RenderWidgetOptions = {}): Promise<string> {
  if (!(WIDGET_TAGS as readonly string[]).includes(tagName)) {
    throw new TypeError(`renderWidget: "${tagName}" is not a widget (${WIDGET_TAGS.join(', ')}).`);
  }
  const { feed, warn, timeout = DEFAULT_TIMEOUT } = options;
  const src = options.src ?? (typeof options.attributes?.src === 'string' ? options.attributes.src : undefined);
  const attributes = { ...options.attributes, src: feed === undefined ? src : options.attributes?.src };
  const tag = unsafeStatic(tagName);
  const attrs = attributeList(attributes);
  await prepare();
  let full: NewsFeed | undefined;
  try {
    if (feed !== undefined) full = isNormalisedFeed(feed) ? feed : normaliseFeed(feed, { baseUrl: src, warn });
    else if (src) full = await fetchFeed(src, timeout, warn);
  } catch (error) {
    warn?.(`<${tagName}>: ${(error as Error).message}`);
  }
  // No feed: the bare element, which loads in the browser as it would without a server.
  if (!full) return `<${tagName}${attrs.length ? ` ${attrs}` : ''}></${tagName}>`;
  const sanitize = await serverSanitizer();
  const state = stateFor(tagName, attributes, full);
  const shown = ids(shownItems(state));
  // The smallest feed from which the widget shows the same, else the whole feed.
  const embedded =
    trimmings(full, shownItems(state) ?? [])
      .map((candidate) => toJsonFeed(candidate, { sanitize }))
      .find((json) => ids(shownItems(stateFor(tagName, attributes, json))) === shown) ?? toJsonFeed(full, { sanitize });
  const now = new Date();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const locale = state?.locale ?? 'en';
  const from = typeof attributes.src === 'string' && attributes.src ? attributes.src : undefined;
  const data: EmbeddedData = { src: from, feed: embedded, locale, renderedAt: now.toISOString(), timeZone };
  const script = unsafeStatic(feedScript(data));
  const element = html`<${tag} ${unsafeStatic(attrs)} .feed=${embedded}>${script}</${tag}>`;
  return strip(atClock({ now, timeZone }, () => collectResultSync(render(element))));
}

/** Lit's markers around the element itself, which only a client render of the page would read. */
function strip(out: string): string {
  return out
    .replace(/^<!--lit-part[^>]*-->(?:<!--lit-node \d+-->)?<([a-z-]+)\s+/, '<$1 ')
    .replace(/<!--\/lit-part-->$/, '');
}
