// The frames of media players that sites embed in a story, which the article cannot show (no
// frame is kept): a link to what the player plays takes the frame's place.
import type { RuleElement } from './rules.js';
import { safeUrl } from './url.js';

/** The address a Facebook plugin shows, from its `href` parameter; none that cannot be read. */
const facebookPage = (_: string, href: string) => {
  try {
    return decodeURIComponent(href);
  } catch {
    return '';
  }
};

/**
 * Players that sites embed in a story, by the address of their frame: the page where the same
 * video or sound plays (YouTube's and Vimeo's video pages; the post or video a Facebook plugin
 * shows; the player's own address for the others, and for a YouTube playlist, which opens it in
 * a page of its own), and the site's name. Other frames (ads, counters, like buttons) are not
 * content.
 */
const PLAYERS: [RegExp, string | typeof facebookPage, string][] = [
  [
    /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/(?!videoseries)([\w-]+).*/,
    'https://www.youtube.com/watch?v=$1',
    'YouTube',
  ],
  [/^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/.*/, '$&', 'YouTube'],
  [/^https?:\/\/player\.vimeo\.com\/video\/(\d+).*/, 'https://vimeo.com/$1', 'Vimeo'],
  [/^https?:\/\/(?:www\.)?dailymotion\.com\/embed\/.*/, '$&', 'Dailymotion'],
  [/^https?:\/\/open\.spotify\.com\/embed\/.*/, '$&', 'Spotify'],
  [/^https?:\/\/w\.soundcloud\.com\/player\/.*/, '$&', 'SoundCloud'],
  [/^https?:\/\/embed\.ted\.com\/.*/, '$&', 'TED'],
  [
    /^https?:\/\/(?:www\.)?facebook\.com\/plugins\/(?:video|post)\.php\?(?:[^#]*&)?href=([^&#]+).*/,
    facebookPage,
    'Facebook',
  ],
];

/**
 * A link to what an embedded player plays, for the frame the article cannot show: a YouTube
 * video in a Ghost or Blogger post was an empty box, or only its caption, where the text says
 * "in this video"; a Facebook video or post in a HubSpot or WordPress post left nothing. Named by the frame's title, else (no title, or an address for one) by the
 * player's site; undefined for a frame that is not a known player's.
 */
export function playerLink(frame: RuleElement, base: string | undefined): { href: string; text: string } | undefined {
  const src = safeUrl(frame.getAttribute('src'), base) ?? '';
  const player = PLAYERS.find(([pattern]) => pattern.test(src));
  if (!player) return undefined;
  const title = frame.getAttribute('title')?.trim();
  // (A replacement given as a function or as a pattern: `replace` takes either.)
  const href = src.replace(player[0], player[1] as string);
  // (A Facebook plugin's `href` is the feed's to give: a web page's, or nothing.)
  if (!/^https?:\/\//i.test(href)) return undefined;
  return { href, text: title && !/^\w+:\/\//.test(title) ? title : player[2] };
}
