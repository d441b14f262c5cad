import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
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

interface CardArgs extends WidgetArgs {
  'article-id'?: string;
  index?: number;
  layout?: 'vertical' | 'horizontal' | 'compact';
}

const render = renderWidget<CardArgs>('news-card');

/**
 * One story as a card. Attributes, parts, CSS custom properties and events below come from
 * the component's JSDoc, through custom-elements.json.
 */
const meta = {
  title: 'Widgets/news-card',
  component: 'news-card',
  tags: ['autodocs'],
  render,
  args: { src: FEEDS.world },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes,
    'article-id': { control: 'text' },
    index: { control: { type: 'number', min: 1 } },
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] },
  },
  parameters: { frameWidth: '26rem' },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** The first story of the sample feed. */
export const Default: Story = {};

/** While the feed is on its way: a skeleton the size of the card. This feed never arrives. */
export const Loading: Story = loadingState;

/** The feed URL answers with an HTML page: a sentence for readers, and no retry button, since trying again cannot help. */
export const Error: Story = errorState;

/** A feed with no items. */
export const Empty: Story = emptyState;

export const Dark: Story = {
  args: { theme: 'dark', 'article-id': 'kenya-tax-protests' },
};

/** The French sample feed, with French dates and labels. */
export const French: Story = {
  args: { src: FEEDS.monde, locale: 'fr', 'article-id': 'kenya-tax-protests' },
};

/** On a phone. */
export const Narrow: Story = {
  ...narrow,
  args: { 'article-id': 'kenya-tax-protests' },
};

/** Given the whole width of a desktop page. */
export const Wide: Story = {
  ...wide,
  args: { 'article-id': 'kenya-tax-protests' },
  parameters: { frameWidth: 'none' },
};

/** From an RSS 2.0 feed: the same card as from JSON Feed (image from `media:thumbnail`). */
export const FromRss: Story = {
  name: 'From RSS',
  args: { src: FEEDS.rss, 'article-id': 'kenya-tax-protests' },
};

/** From an Atom feed, whose ids are tag URIs. */
export const FromAtom: Story = {
  name: 'From Atom',
  args: { src: FEEDS.atom, 'article-id': 'tag:dailyreports.example,2024:hernandez-sentencing' },
};

/** `index="2"`: the second newest story, whatever its id; a row of such cards follows a live feed. */
export const SecondNewest: Story = {
  args: { index: 2 },
};

/** A micro-post without a title: its opening words are the headline. */
export const MicroPost: Story = {
  args: { src: FEEDS.micro },
};

/** A photo with no text at all: headed "Photo" and its date, never a blank link. */
export const PhotoPost: Story = {
  args: { src: FEEDS.micro, 'article-id': 'https://harbournotes.example/2024/06/25/photo.html' },
};

/** A podcast episode: an excerpt of its notes, and "Audio" with its length. */
export const PodcastEpisode: Story = {
  args: { src: FEEDS.micro, 'article-id': 'episode-12' },
};

/** From an aggregator (Google News): the story's publisher after its date, and no summary. */
export const FromAnAggregator: Story = {
  args: { src: FEEDS.aggregator },
};

/** An item without `image` or `banner_image`: the text starts at the top of the card. */
export const WithoutImage: Story = {
  args: { 'article-id': 'sharoni-conviction' },
};

/** A headline of some 250 characters wraps and is shown whole; nothing overflows the card. */
export const LongHeadline: Story = {
  args: { src: FEEDS.newsroom, 'article-id': 'coastal-rail-reopening' },
};

/**
 * No request: the page hands the widget a feed it already has, through the `feed` property
 * (relative URLs in it resolve against the page).
 */
export const FeedProperty: Story = {
  name: 'Feed property',
  args: {
    src: undefined,
    feed: {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Daily Reports — Live',
      language: 'en',
      items: [
        {
          id: 'ferry-strike-ends',
          url: 'https://dailyreports.example/europe/ferry-strike-ends',
          title: 'Ferry Strike Ends After Overnight Talks',
          summary: 'Crews accepted a pay offer; sailings resume on Friday morning.',
          image: '/feeds/images/dandelions-at-sunset.jpg',
          date_published: '2024-06-26T10:15:00Z',
          _news: { category: 'Europe', sources: [{ name: 'Daily Reports' }] },
        },
      ],
    },
  },
};

/** `layout="horizontal"`: the image beside the text, when the card is wide enough. */
export const Horizontal: Story = {
  args: { layout: 'horizontal', 'article-id': 'kenya-tax-protests' },
  parameters: { frameWidth: '48rem' },
};

/** `layout="compact"`: for lists of cards in a sidebar. */
export const Compact: Story = {
  args: { layout: 'compact', 'article-id': 'kenya-tax-protests' },
};

/** Retheming from the page: custom properties on the element, and `::part()` rules. */
export const CustomTheme: Story = {
  args: { 'article-id': 'kenya-tax-protests' },
  render: (args, context) => html`<style>
      .custom-theme news-card {
        --news-font-family: Georgia, 'Times New Roman', serif;
        --news-color-accent: #0b6e4f;
        --news-color-surface: #e8f3ee;
        --news-radius: 0;
        --news-image-aspect-ratio: 4 / 3;
      }
      .custom-theme news-card::part(card) {
        border-block-start: 4px solid #0b6e4f;
        padding-block-start: 0.75rem;
      }
      .custom-theme news-card::part(title) {
        font-size: 1.5rem;
      }
    </style>
    <div class="custom-theme">${render(args, context)}</div>`,
};

/** Offline: the network fails, so the card shows the last good copy of the feed under a notice, with a retry button. */
export const Offline: Story = {
  ...offlineState,
  args: { ...offlineState.args, 'article-id': 'kenya-tax-protests' },
};

/** `article-id` names a story the feed no longer has: the card says so, and offers no retry. */
export const NotFound: Story = {
  args: { 'article-id': 'no-such-story' },
};

/** The Arabic sample feed on an Arabic page: mirrored, right to left. */
export const RightToLeft: Story = {
  args: { ...rightToLeft.args, 'article-id': 'kenya-tax-protests' },
};

/** An English feed on an Arabic page: Arabic labels and times, the story in English, left to right. */
export const EnglishOnArabicPage: Story = {
  ...englishOnArabicPage,
  args: { ...englishOnArabicPage.args, 'article-id': 'kenya-tax-protests' },
};

/** A headline of some 250 characters on a phone: shown whole, never cut. */
export const LongHeadlineOnPhone: Story = {
  ...longHeadlineOnPhone,
  args: { ...longHeadlineOnPhone.args, 'article-id': 'coastal-rail-reopening' },
};

/** A host that wants headlines cut opts in: `--news-title-lines: 2`. */
export const ClampedHeadline: Story = {
  args: { src: FEEDS.newsroom, 'article-id': 'coastal-rail-reopening', '--news-title-lines': '2' } as CardArgs,
};
