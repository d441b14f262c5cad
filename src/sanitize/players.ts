// The frames of media players that sites embed in a story, which the article cannot show (no
// frame is kept): a link to what the player plays takes the frame's place.
import type { RuleElement } from './rules.js';
import { safeUrl } from './url.js';

/**
 * Players that sites embed in a story, by the address of their frame, and the page where the same
 * video or sound plays: YouTube's and Vimeo's video pages, and the player's own address for
 * Dailymotion, Spotify, SoundCloud and TED (and a YouTube playlist), which opens it in a page of
 * its own. Other frames (ads, counters, like buttons) are not content.
 */
const PLAYERS: [RegExp, string][] = [
  [
    /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/(?!videoseries)([\w-]+).*/,
    'https://www.youtube.com/watch?v=$1',
  ],
  [/^https?:\/\/player\.vimeo\.com\/video\/(\d+).*/, 'https://vimeo.com/$1'],
  [
    /^https?:\/\/(?:(?:www\.)?(?:youtube(?:-nocookie)?|dailymotion)\.com\/embed\/|open\.spotify\.com\/embed\/|w\.soundcloud\.com\/player\/|embed\.ted\.com\/).*/,
    '$&',
  ],
];

/**
 * A link to what an embedded player plays, for the frame the article cannot show: a YouTube
 * video in a Ghost or Blogger post was an empty box, or only its caption, where the text says
 * "in this video". Named by the frame's title, else by the site; undefined for a frame that is
 * not a known player's.
 */
export function playerLink(frame: RuleElement, base: string | undefined): { href: string; text: string } | undefined {
  const src = safeUrl(frame.getAttribute('src'), base) ?? '';
  const player = PLAYERS.find(([pattern]) => pattern.test(src));
  if (!player) return undefined;
  const href = src.replace(...player);
  return { href, text: frame.getAttribute('title')?.trim() || new URL(href).hostname };
}
