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
  wide,
  widgetArgTypes,
  type WidgetArgs,
} from './support/widget.js';

/** The demo's newsroom feed: three pages linked by `next_url`, stories of many sections. */
const PAGED = '/feeds/newsroom.json';

interface ListArgs extends WidgetArgs {
  limit?: number;
  index?: number;
  columns?: number;
  layout?: 'vertical' | 'horizontal' | 'compact';
  'show-feed'?: boolean;
}

const render = renderWidget<ListArgs>('news-list');

/**
 * Stories as a row or grid of cards, newest first, each card drawn as `<news-card>` draws it.
 * Attributes, parts, CSS custom properties and events below come from the component's JSDoc,
 * through custom-elements.json.
 */
const meta = {
  title: 'Widgets/news-list',
  component: 'news-list',
  tags: ['autodocs'],
  render,
  args: { src: FEEDS.world, limit: 3 },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes,
    limit: { control: { type: 'number', min: 1, max: 12 } },
    index: { control: { type: 'number', min: 1 } },
    columns: { control: { type: 'number', min: 1, max: 6 } },
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] },
    'show-feed': { control: 'boolean' },
  },
  parameters: { frameWidth: '60rem' },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

/** The three newest stories of the sample feed, in as many columns as the width fits. */
export const Default: Story = {};

/** While the feed is on its way: a skeleton of each card. This feed never arrives. */
export const Loading: Story = loadingState;

/** The feed URL answers with an HTML page: a sentence for readers, and no retry button. */
export const Error: Story = errorState;

/** A feed with no items. */
export const Empty: Story = emptyState;

export const Dark: Story = {
  args: { theme: 'dark' },
};

/** On a phone: one column. */
export const Narrow: Story = {
  ...narrow,
};

/** Given the whole width of a desktop page: four columns. */
export const Wide: Story = {
  ...wide,
  args: { limit: 4 },
  parameters: { frameWidth: 'none' },
};

/**
 * A feed in pages (`next_url`): "More" adds three stories at a time, from the rest of the first
 * page and then from the next pages, and says so to screen readers. `show-feed` heads the list
 * with the feed's icon and title.
 */
export const More: Story = {
  args: { src: PAGED, 'show-feed': true },
};

/** `index="2"`: from the second newest story on, under a lead story that shows the newest. */
export const FromTheSecond: Story = {
  name: 'From the second story',
  args: { index: 2 },
};

/** `category="Sport"`: one section of the feed, with "More" through its next pages. */
export const OneCategory: Story = {
  args: { src: PAGED, category: 'Sport', limit: 2 },
};

/** `columns="2"` whatever the width. */
export const TwoColumns: Story = {
  args: { columns: 2, limit: 4 },
};

/** `layout="horizontal"`: image beside the text; one column until there is room for two. */
export const Horizontal: Story = {
  args: { layout: 'horizontal', limit: 2 },
};

/** `layout="compact"`: thumbnails and headlines, for a rail of links. */
export const Compact: Story = {
  args: { layout: 'compact', limit: 6 },
};

/** The French sample feed, with French dates and labels. */
export const French: Story = {
  args: { src: FEEDS.monde, locale: 'fr' },
};

/** An Arabic feed: Arabic labels and dates, laid out right to left. */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: { src: FEEDS.arabic, locale: 'ar' },
};

/** Offline: the network fails, so the list shows the last good copy of the feed under a notice, with a retry button. */
export const Offline: Story = offlineState;

/** The list has no `article-id`: its "not found" is a `category` the feed has no story in, which shows the empty message. */
export const NotFound: Story = {
  args: { category: 'No such section' },
};

/** An English feed on an Arabic page: the list's own words in Arabic, each story in English, left to right. */
export const EnglishOnArabicPage: Story = englishOnArabicPage;

/** The newsroom feed, whose long headlines are shown whole on a phone. */
export const LongHeadlineOnPhone: Story = longHeadlineOnPhone;
