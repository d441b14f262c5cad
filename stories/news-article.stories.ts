import type { Meta, StoryObj } from '@storybook/web-components-vite';
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
  rightToLeft,
  wide,
  widgetArgTypes,
  type WidgetArgs,
} from './support/widget.js';

interface ArticleArgs extends WidgetArgs {
  'article-id'?: string;
}

const render = renderWidget<ArticleArgs>('news-article');

/**
 * One story in full. Attributes, parts, CSS custom properties and events below come from the
 * component's JSDoc, through custom-elements.json.
 */
const meta = {
  title: 'Widgets/news-article',
  component: 'news-article',
  tags: ['autodocs'],
  render,
  args: { src: FEEDS.world },
  argTypes: { ...widgetArgTypes, ...readOnlyArgTypes, 'article-id': { control: 'text' } },
  parameters: { frameWidth: '48rem' },
} satisfies Meta<ArticleArgs>;

export default meta;
type Story = StoryObj<ArticleArgs>;

/** The sample feed's full article: HTML body, lead image with caption, key points and sources. */
export const Default: Story = {};

/** While the feed is on its way: a skeleton the size of the article. This feed never arrives. */
export const Loading: Story = loadingState;

/** The feed URL answers with an HTML page: a sentence for readers, and no retry button, since trying again cannot help. */
export const Error: Story = errorState;

/** A feed with no items. */
export const Empty: Story = emptyState;

export const Dark: Story = {
  args: { theme: 'dark' },
};

/** The French sample feed, with French dates and labels. */
export const French: Story = {
  args: { src: FEEDS.monde, locale: 'fr' },
};

/** On a phone. */
export const Narrow: Story = {
  ...narrow,
};

/** Given the whole width of a desktop page: the body keeps a readable measure. */
export const Wide: Story = {
  ...wide,
  parameters: { frameWidth: 'none' },
};

/** The full article from an RSS 2.0 feed: the body from `content:encoded`, the lede from `description`. */
export const FromRss: Story = {
  name: 'From RSS',
  args: { src: FEEDS.rss },
};

/** A podcast episode: the episode plays in the browser's own player, which loads nothing until played. */
export const PodcastEpisode: Story = {
  args: { src: FEEDS.micro, 'article-id': 'episode-12' },
};

/** A link post (`external_url`): the site it links to is named under the byline. */
export const LinkPost: Story = {
  args: { src: FEEDS.micro, 'article-id': 'link-ports-report' },
};

/** An item with `content_text` and no `content_html`: blank lines make paragraphs. */
export const TextBody: Story = {
  args: { 'article-id': 'kenya-tax-protests' },
};

/** An item with neither `_news.key_points` nor `_news.sources`: no empty boxes are left behind. */
export const WithoutKeyPointsOrSources: Story = {
  args: { src: FEEDS.newsroom, 'article-id': 'glacier-survey' },
};

/**
 * A blog post as publishing platforms write it: an emoji drawn as a picture (WordPress) reads as
 * its character, a YouTube player's frame (Ghost) is a link to the video under its caption, an
 * audio block (WordPress) plays in the browser's player (loading nothing until played), the
 * share buttons (FeedBurner) and a spacer paragraph are gone, and the body's `<h4>` and `<h3>`
 * go below the headline.
 */
export const FromABlogPlatform: Story = {
  args: { src: FEEDS.micro, 'article-id': 'ferry-timelapse' },
};

/** A story with a summary and no body (most news RSS): its headline links to the story. */
export const SummaryOnly: Story = {
  args: { src: FEEDS.newsroom, 'article-id': 'heatwave-warning' },
};

/** Offline: the network fails, so the article shows the last good copy of the feed under a notice, with a retry button. */
export const Offline: Story = offlineState;

/** `article-id` names a story the feed no longer has: the article says so, and offers no retry. */
export const NotFound: Story = {
  args: { 'article-id': 'no-such-story' },
};

/** The Arabic sample feed on an Arabic page: right to left. */
export const RightToLeft: Story = rightToLeft;

/** An English feed on an Arabic page: Arabic labels and dates, the story in English, left to right. */
export const EnglishOnArabicPage: Story = englishOnArabicPage;

/** A headline of some 250 characters on a phone: shown whole, never cut. */
export const LongHeadlineOnPhone: Story = {
  ...longHeadlineOnPhone,
  args: { ...longHeadlineOnPhone.args, 'article-id': 'coastal-rail-reopening' },
};
