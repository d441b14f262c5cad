import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { registerWords } from '../src/index.ts';
import {
  FEEDS,
  emptyState,
  englishOnArabicPage,
  errorState,
  loadingState,
  longHeadlineOnPhone,
  narrow,
  offlineState,
  readOnlyArgTypes,
  renderWidget,
  wide,
  widgetArgTypes,
  type WidgetArgs,
} from './support/widget.js';

interface TrendingArgs extends WidgetArgs {
  limit?: number;
  order?: 'rank' | 'latest';
  heading?: string;
  'show-images'?: boolean;
  'show-feed'?: boolean;
}

const render = renderWidget<TrendingArgs>('news-trending');

/**
 * The ranked trending list. Attributes, parts, CSS custom properties and events below come
 * from the component's JSDoc, through custom-elements.json.
 */
const meta = {
  title: 'Widgets/news-trending',
  component: 'news-trending',
  tags: ['autodocs'],
  render,
  args: { src: FEEDS.world },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes,
    limit: { control: { type: 'number', min: 1, max: 20 } },
    heading: { control: 'text' },
  },
  parameters: { frameWidth: '26rem' },
} satisfies Meta<TrendingArgs>;

export default meta;
type Story = StoryObj<TrendingArgs>;

/** The sample feed: ranked items first, then the newest of the others, five at most. */
export const Default: Story = {};

/** While the feed is on its way: a skeleton of the list. This feed never arrives. */
export const Loading: Story = loadingState;

/** The feed URL answers with an HTML page: a sentence for readers, and no retry button, since trying again cannot help. */
export const Error: Story = errorState;

/** A feed with no items. */
export const Empty: Story = emptyState;

export const Dark: Story = {
  args: { theme: 'dark' },
};

/** The French sample feed, with French dates and heading. */
export const French: Story = {
  args: { src: FEEDS.monde, locale: 'fr' },
};

/** On a phone. */
export const Narrow: Story = {
  ...narrow,
};

/** Given the whole width of a desktop page. */
export const Wide: Story = {
  ...wide,
  parameters: { frameWidth: 'none' },
};

/** `limit="3"`, with a heading of the page's own. */
export const Limit3: Story = {
  name: 'Limit 3',
  args: { limit: 3, heading: 'Most read' },
};

/** `limit="10"` on a feed with ten ranked stories and a very long headline. */
export const Limit10: Story = {
  name: 'Limit 10',
  args: { src: FEEDS.newsroom, limit: 10 },
};

/** `order="latest"`: newest first, ignoring ranks, headed "Latest". */
export const Latest: Story = {
  args: { order: 'latest' },
};

/** `category="…"`: one section of the feed. */
export const OneCategory: Story = {
  args: { src: FEEDS.newsroom, category: 'Science' },
};

/** From an RSS 2.0 feed, which has no ranks: the newest stories first, headed "Latest". */
export const FromRss: Story = {
  name: 'From RSS',
  args: { src: FEEDS.rss },
};

/** A micro-blog: untitled posts headed by their opening words, a photo post labelled "Photo". */
export const MicroBlog: Story = {
  args: { src: FEEDS.micro, 'show-images': true },
};

/**
 * From an aggregator (Google News): each story's publisher after its time, the headline without
 * the name Google appends to it, and no summary made of Google's links to the other coverage.
 */
export const FromAnAggregator: Story = {
  args: { src: FEEDS.aggregator },
};

/** `show-images`: a thumbnail beside each entry that has an image. */
export const WithImages: Story = {
  args: { 'show-images': true },
};

/** An Arabic feed: Arabic labels and dates, laid out right to left. */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: { src: FEEDS.arabic, locale: 'ar' },
};

/** Offline: the network fails, so the list shows the last good copy of the feed under a notice, with a retry button. */
export const Offline: Story = offlineState;

/**
 * The list has no `article-id`: its "not found" is a `category` the feed has no story in, which
 * shows the empty message rather than an error.
 */
export const NotFound: Story = {
  args: { category: 'No such section' },
};

/**
 * A language the widgets have no words in, with words the page gives them
 * (`registerWords('cs', { trending: 'Nejčtenější', … })`): the heading in Czech, and the dates in
 * the browser's Czech.
 */
export const WordsOfYourOwn: Story = {
  name: 'Words of your own (Czech)',
  args: { locale: 'cs' },
  loaders: [
    () => {
      registerWords('cs', { trending: 'Nejčtenější', latest: 'Nejnovější', retry: 'Zkusit znovu' });
      return {};
    },
  ],
};

/** An English feed on an Arabic page: the heading and times in Arabic, the ranks on the right, each story in English, left to right. */
export const EnglishOnArabicPage: Story = englishOnArabicPage;

/** The newsroom feed, whose fourth story has a headline of some 250 characters, on a phone: shown whole. */
export const LongHeadlineOnPhone: Story = longHeadlineOnPhone;

/**
 * A feed in pages (`next_url`), newest first: "More" adds `limit` entries at a time, their ranks
 * running on, and `show-feed` heads the list with the feed's icon and title.
 */
export const More: Story = {
  args: { src: '/feeds/newsroom.json', order: 'latest', limit: 4, 'show-feed': true },
};
