import type { FeedErrorKind } from '../data/types.js';

/** Every string a widget shows a reader, in one language. */
export interface Messages {
  /** The heading of a ranked list. */
  trending: string;
  /** The heading of a list newest first (`order="latest"`, or a feed without ranks). */
  latest: string;
  keyPoints: string;
  /** Before the article's sources, with the language's colon: "Sources:", "Sources\u202f:" (a narrow no-break space), "出典：". */
  sources: string;
  tags: string;
  /** Before the byline's author names: "By Jane Doe". */
  by: string;
  published: string;
  updated: string;
  retry: string;
  loading: string;
  empty: string;
  justNow: string;
  /** Headlines for items with no text at all: a picture, a podcast episode, a video, anything else. */
  photo: string;
  audio: string;
  video: string;
  post: string;
  /** Before the site a link post links to, with the language's colon: "Link:" (then "example.com"). */
  link: string;
  /** Shown over the last good copy when the network fails; `{time}` is "2 hours ago". */
  offline: string;
  /** Announced when a refresh brings new stories, by plural category; `{count}` is the number. */
  newStories: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** The button that loads the next page of a list. */
  more: string;
  /** Announced when "More" has added stories, by plural category; `{count}` is the number. */
  moreStories: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** Shown in place of the new stories when the next page fails to load (a retry button follows). */
  moreError: string;
  error: Record<FeedErrorKind, string>;
  /** The error's heading: what happened, in a few words, for the four things a reader tells apart. */
  errorTitle: Record<ErrorTitle, string>;
}

/** What an error's heading says happened. */
export type ErrorTitle = 'unavailable' | 'not-a-feed' | 'not-found' | 'blocked';

/** The heading for each kind of error. */
export const ERROR_TITLES: Record<FeedErrorKind, ErrorTitle> = {
  network: 'unavailable',
  http: 'unavailable',
  timeout: 'unavailable',
  'too-large': 'unavailable',
  parse: 'not-a-feed',
  html: 'not-a-feed',
  xml: 'not-a-feed',
  format: 'not-a-feed',
  'invalid-src': 'not-a-feed',
  'not-found': 'not-found',
  blocked: 'blocked',
};

/** English: built in, and the fallback for every other language. */
export const en: Messages = {
  trending: 'Trending',
  latest: 'Latest',
  keyPoints: 'Key points',
  sources: 'Sources:',
  tags: 'Tags',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  retry: 'Try again',
  loading: 'Loading news…',
  empty: 'No stories to show right now.',
  justNow: 'just now',
  photo: 'Photo',
  audio: 'Audio',
  video: 'Video',
  post: 'Post',
  link: 'Link:',
  offline: 'Offline: showing news from {time}.',
  newStories: { one: '1 new story', other: '{count} new stories' },
  more: 'More stories',
  moreStories: { one: '1 more story', other: '{count} more stories' },
  moreError: 'More stories could not be loaded.',
  error: {
    network: 'The news could not be loaded. Check your connection and try again.',
    blocked: 'This news feed can’t be shown on this site.',
    http: 'The news service is not available right now.',
    timeout: 'The news is taking too long to load.',
    parse: 'This news feed could not be read.',
    html: 'This news feed could not be read.',
    xml: 'This news feed could not be read.',
    format: 'This news feed could not be read.',
    'too-large': 'This news feed is too large to show.',
    'not-found': 'This story could not be found. It may have been removed.',
    'invalid-src': 'This news feed address is not valid.',
  },
  errorTitle: {
    unavailable: 'News unavailable',
    'not-a-feed': 'Not a news feed',
    'not-found': 'Story not found',
    blocked: 'Blocked on this site',
  },
};
