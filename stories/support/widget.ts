import type { ArgTypes, StoryContext } from '@storybook/web-components-vite';
import { OFFLINE_FEED_URL, withOfflineFeed } from './offline-feed.js';
import { PENDING_FEED_URL, withPendingFeed } from './pending-feed.js';

/** Arguments every widget story takes: the attributes shared by the three tags, and `feed`. */
export interface WidgetArgs {
  src?: string;
  feed?: unknown;
  locale?: string;
  theme?: 'light' | 'dark' | 'auto';
  loading?: 'eager' | 'lazy';
  'heading-level'?: number;
  refresh?: number;
  timeout?: number;
  category?: string;
  tag?: string;
}

/** Where the stories find their feeds (see `staticDirs` in .storybook/main.ts). */
export const FEEDS = {
  world: '/feeds/world.json',
  /** The same stories as RSS 2.0 and as Atom 1.0. */
  rss: '/feeds/world.rss.xml',
  atom: '/feeds/world.atom.xml',
  /** A micro-blog and podcast feed: untitled posts, a photo post, an episode, a link post. */
  micro: '/fixtures/micro-and-podcast.json',
  monde: '/feeds/monde.json',
  newsroom: '/fixtures/newsroom.json',
  arabic: '/fixtures/akhbar.json',
  empty: '/fixtures/empty.json',
  /** Google News's top stories (2022) as Google publishes them: each story's publisher in its <source>. */
  aggregator: '/fixtures/google-news.rss.xml',
  /** Answers 200 with an HTML error page, as a misconfigured server does: the widgets show their error state. */
  broken: '/fixtures/error-page.html',
} as const;

/**
 * The theme and locale a story renders with: its own argument when it sets one, else the
 * toolbar's global (.storybook/preview.ts).
 */
export function appearance(args: WidgetArgs, context: Pick<StoryContext, 'globals'>) {
  return {
    theme: args.theme ?? (context.globals.theme as WidgetArgs['theme']),
    locale: args.locale ?? (context.globals.locale as string | undefined),
  };
}

/**
 * Controls for the attributes whose type the manifest cannot turn into one (a union alias, a
 * number). Their documentation still comes from custom-elements.json.
 */
export const widgetArgTypes: Partial<ArgTypes<WidgetArgs>> = {
  src: { control: 'text' },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
  locale: { control: 'text' },
  'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  refresh: { control: { type: 'number', min: 0, step: 30 } },
  timeout: { control: { type: 'number', min: 0 } },
  category: { control: 'text' },
  tag: { control: 'text' },
  feed: { control: false },
};

/** Read-only members: documented, with nothing to control. */
export const readOnlyArgTypes = {
  loadComplete: { control: false },
} as const;

/**
 * A story's render function for `tag`: the widget with each argument as its attribute (a
 * `true` flag as an empty one; `false`, blank and unset ones left out), `feed` as the property,
 * the story's theme and locale (its own, else the toolbar's), and the `--news-…` arguments as
 * its inline style. The attributes come from the arguments, so a story file lists none.
 */
export function renderWidget<A extends WidgetArgs>(tag: string) {
  return (args: A, context: StoryContext<A>): HTMLElement => {
    const element = document.createElement(tag) as HTMLElement & { feed?: unknown };
    const attributes = { ...args, ...appearance(args, context), style: customProperties(args) };
    for (const [name, value] of Object.entries(attributes) as [string, unknown][]) {
      if (name === 'feed' || name.startsWith('--') || value === undefined || value === false || value === '') continue;
      element.setAttribute(name, value === true ? '' : String(value));
    }
    if (args.feed !== undefined) element.feed = args.feed;
    return element;
  };
}

/**
 * The CSS custom properties set in the Controls panel (arguments named `--news-…`), as the
 * widget's inline style; undefined when there are none.
 */
export function customProperties(args: object): string | undefined {
  const declarations = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `${name}: ${value}`);
  return declarations.length ? declarations.join('; ') : undefined;
}

/** Story-level settings for the narrow (phone) and wide (desktop) stories. */
export const narrow = {
  globals: { viewport: { value: 'phone', isRotated: false } },
  parameters: { frameWidth: '390px' },
};
export const wide = {
  globals: { viewport: { value: 'desktop', isRotated: false } },
};

/** The states every widget has a story for: the feed never arrives, fails, or is empty. */
export const loadingState = {
  args: { src: PENDING_FEED_URL },
  decorators: [withPendingFeed],
};
export const errorState = { args: { src: FEEDS.broken } };
export const emptyState = { args: { src: FEEDS.empty } };

/** The network fails, and the widget shows the last good copy of the feed, marked as such. */
export const offlineState = {
  args: { src: OFFLINE_FEED_URL },
  decorators: [withOfflineFeed],
};

/** The Arabic sample feed in Arabic, right to left. */
export const rightToLeft = { args: { src: FEEDS.arabic, locale: 'ar' } };

/**
 * An English feed on an Arabic page (the frame is `lang="ar" dir="rtl"`): the widget's own
 * words are Arabic, the stories keep their English and read left to right.
 */
export const englishOnArabicPage = {
  args: { src: FEEDS.world, locale: 'ar' },
  parameters: { hostLang: 'ar' },
};

/** The newsroom feed's story with a headline of some 250 characters, at phone width. */
export const longHeadlineOnPhone = {
  ...narrow,
  args: { src: FEEDS.newsroom },
};
