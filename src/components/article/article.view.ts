import { isServer } from 'lit';
import type { Picked } from '../../data/feed-state.js';
import type { NewsFeed, NewsItem } from '../../data/types.js';
import { htmlToText, letters } from '../../data/text.js';
import type { SanitizeOptions } from '../../sanitize/html.js';
import { serverBody } from '../../sanitize/server-body.js';

/** The story an article shows, with its body already sanitised and within its budget. */
export interface ArticleView {
  item: NewsItem;
  /** The summary, shown as the lede, unless it only repeats the body's opening ({@link lede}). */
  lede?: string;
  /** `content_html` after sanitising; absent when the item has none. */
  body?: DocumentFragment;
  /** On a server: `content_html` after its sanitiser (../../sanitize/server-body.ts), as HTML. */
  bodyHtml?: string;
  /** The paragraphs of `content_text`, for an item with no `content_html`. */
  paragraphs?: string[];
  /** Set when the body was too long to show whole: the article links to the story instead. */
  truncated?: boolean;
  /** The lead image, unless the body already shows it, at any size ({@link pictureKey}). */
  lead?: string;
  /**
   * The files the body's videos and sounds play, without their query ({@link fileOf}): the
   * article does not show them again among its attachments.
   */
  played?: string[];
}

/**
 * A media file's address without its query or fragment: WordPress's player asks for
 * `…/episode-12.mp3?_=1`, its feed's enclosure is `…/episode-12.mp3`.
 */
export const fileOf = (url: string) => url.replace(/[?#].*/s, '');

/** The query parameters of image services that only choose a picture's size or crop. */
const SIZING = /^(?:w|h|width|height|resize|fit|crop|quality|strip|ssl|zoom)$/i;

/**
 * A picture's address without what only chooses its size, so that a lead image and the body's
 * copy of it at another size are seen to be one picture: WordPress's `-240x240` before the
 * extension, the sizing parameters of its image service (TechCrunch's lead `…/angies-list.jpeg?w=150`
 * and body `…?w=100&h=62&crop=1`), and Ghost's `/size/w600/`.
 */
export function pictureKey(url: string): string {
  const [path, query = ''] = url.replace(/#.*/s, '').split('?', 2);
  const kept = query.split('&').filter((pair) => pair && !SIZING.test(pair.split('=')[0]));
  const file = path.replace(/\/size\/w\d+(?=\/)/, '').replace(/-\d+x\d+(?=\.\w+$)/, '');
  return kept.length ? `${file}?${kept.join('&')}` : file;
}

/**
 * A plain-text body's budget: an HTML body's (`MAX_BODY_CHARS` and `MAX_BODY_NODES` in
 * ../../sanitize/body-budget.ts, in the sanitiser's chunk, which this module does not load for plain text).
 */
const MAX_TEXT_CHARS = 200_000;
const MAX_PARAGRAPHS = 2_000;

/**
 * A plain-text body in paragraphs (split at blank lines), within its budget: the first
 * {@link MAX_TEXT_CHARS} characters, in at most {@link MAX_PARAGRAPHS} paragraphs.
 */
function plainText(text: string | undefined): Pick<ArticleView, 'paragraphs' | 'truncated'> {
  if (!text) return {};
  const parts = text.slice(0, MAX_TEXT_CHARS).split(/\n\s*\n/, MAX_PARAGRAPHS + 1);
  return {
    paragraphs: parts
      .slice(0, MAX_PARAGRAPHS)
      .map((p) => p.trim())
      .filter(Boolean),
    truncated: parts.length > MAX_PARAGRAPHS || text.length > MAX_TEXT_CHARS,
  };
}

/**
 * The summary, unless the body opens with it: WordPress's description is the post's first words
 * and "[…]", heise's and HuffPost's summary the first paragraph, and the article would say it
 * twice. Nor a summary of some length that the body's opening holds further on: The Omni Show's
 * episode blurb is its show notes' second paragraph, after "Full transcript and show notes at…".
 * Compared by letters and digits alone, as quotes and spaces differ (TechCrunch's ' for ’).
 */
function lede({ summary, contentText, contentHtml = '' }: NewsItem): string | undefined {
  const opening = summary && letters(summary);
  if (!opening) return summary;
  const body = letters(contentText?.slice(0, 8_000) ?? htmlToText(contentHtml));
  return body.startsWith(opening) || (opening.length >= 40 && body.slice(0, 2_000).includes(opening))
    ? undefined
    : summary;
}

/**
 * What an article shows of `item`: its body as plain-text paragraphs, or its HTML sanitised (in
 * the browser by DOMPurify, loaded only now; on a server by its own sanitiser, else as text),
 * and its lead image unless the body already shows it.
 */
export function articleView(
  item: NewsItem,
  feed: NewsFeed,
  images: boolean,
  language?: string,
  headingLevel?: number,
): Picked<ArticleView> | Promise<Picked<ArticleView>> {
  const lead = item.image ?? item.bannerImage;
  const story = { item, lede: lede(item) };
  if (!item.contentHtml) return { view: { ...story, lead, ...plainText(item.contentText) }, language };
  if (!isServer) return sanitized(item.contentHtml, story, feed, { images, headingLevel }, lead, language);
  // A server renders at once: the body its sanitiser made, else the body's text.
  const safe = serverBody(item.contentHtml, item.baseUrl ?? feed.baseUrl, images, headingLevel);
  if (!safe) return { view: { ...story, lead, ...plainText(htmlToText(item.contentHtml)) }, language };
  const key = lead && pictureKey(lead);
  const shown = key !== undefined && safe.images.some((src) => pictureKey(src) === key);
  const played = (safe.media ?? []).map(fileOf);
  return {
    view: { ...story, bodyHtml: safe.html, truncated: safe.truncated, lead: shown ? undefined : lead, played },
    language,
  };
}

async function sanitized(
  html: string,
  story: Pick<ArticleView, 'item' | 'lede'>,
  feed: NewsFeed,
  options: SanitizeOptions,
  lead?: string,
  language?: string,
) {
  const { sanitizeBody } = await import('../../sanitize/html.js');
  const { body, truncated } = sanitizeBody(html, story.item.baseUrl ?? feed.baseUrl, options);
  // The body renders in a task of its own, not in the one that sanitised it.
  await new Promise((resolve) => setTimeout(resolve));
  // Feeds often repeat the lead image as the body's first picture, at its size or another: show
  // it once.
  const key = lead && pictureKey(lead);
  const shown = [...body.querySelectorAll('img')].some((img) => pictureKey(img.getAttribute('src')!) === key);
  // And its attachments, where the body plays them (WordPress's audio player and the enclosure).
  const played = [...body.querySelectorAll('video, audio')].map((media) => fileOf(media.getAttribute('src')!));
  return { view: { ...story, body, truncated, lead: shown ? undefined : lead, played }, language };
}
