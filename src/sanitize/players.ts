// The frames of media players that sites embed in a story, which the article cannot show (no
// frame is kept): a link to what the player plays takes the frame's place.
import type { RuleElement } from './rules.js';
import { safeUrl } from './url.js';

/**
 * Players that sites embed in a story, by the address of their frame: the page where the same
 * video or sound plays (YouTube's and Vimeo's video pages; the player's own address for the
 * others, and for a YouTube playlist, which opens it in a page of its own), and the site's name.
 * Other frames (ads, counters, like buttons) are not content.
 */
const PLAYERS: [RegExp, string, string][] = [
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
];

/**
 * A link to what an embedded player plays, for the frame the article cannot show: a YouTube
 * video in a Ghost or Blogger post was an empty box, or only its caption, where the text says
 * "in this video". Named by the frame's title, else (no title, or an address for one) by the
 * player's site; undefined for a frame that is not a known player's.
 */
export function playerLink(frame: RuleElement, base: string | undefined): { href: string; text: string } | undefined {
  const src = safeUrl(frame.getAttribute('src'), base) ?? '';
  const player = PLAYERS.find(([pattern]) => pattern.test(src));
  if (!player) return undefined;
  const title = frame.getAttribute('title')?.trim();
  return { href: src.replace(player[0], player[1]), text: title && !/^\w+:\/\//.test(title) ? title : player[2] };
}
