// React components for the four widgets, made with @lit/react. Each sets the widget's
// properties (`feed`, `articleId`, `limit`…) and its event listeners in a layout effect once
// the element is in the document, on a first client render and after `hydrateRoot` alike:
// React 19 itself skips a custom element's properties and handlers when it hydrates
// (react#35446), so a plain `<news-trending feed={feed}>` stays empty there.
//
// A tag is registered when its first component mounts, after that component has set its
// properties: elements the server rendered then upgrade with their feed in place, rather than
// at script load with none (a "set src or feed" warning, and an empty widget until hydration).
// Importing this module has no side effect, in Node too (renderToString works).
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { NewsCard as NewsCardElement } from '../components/card/card.js';
import { NewsArticle as NewsArticleElement } from '../components/article/article.js';
import { NewsTrending as NewsTrendingElement } from '../components/trending/trending.js';
import { NewsList as NewsListElement } from '../components/list/list.js';
import { defineElement } from '../internal/define-element.js';
import type { NewsSelectEvent } from '../events/news-select.js';
import type { NewsLoadEvent } from '../events/news-load.js';
import type { NewsErrorEvent } from '../events/news-error.js';

type EventNames = Record<string, EventName>;

// On the server a layout effect would only warn (React 18): there is nothing to register.
const useClientLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

/** The prop every component adds to the widget's own. */
interface ServerHtmlProp {
  /**
   * The widget as `renderWidget` (news-widgets/ssr) rendered it on the server, for the same
   * tag: the component renders it inside the element, so the server's page shows the story
   * (declarative shadow DOM, with the feed it shows), and the widget hydrates it in the browser.
   */
  serverHtml?: string;
}

/** A widget as `renderWidget` rendered it: its element's attributes, and what is inside it. */
interface ServerWidget {
  attributes: Record<string, string>;
  /** Its shadow root's template and its embedded feed. */
  content: string;
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** Reads `html`, or warns and gives undefined when it is not one `tagName` element. */
function readServerHtml(html: string, tagName: string): ServerWidget | undefined {
  // Attribute values are quoted, and a quote inside one is escaped: a `>` can only end the tag.
  const open = new RegExp(`^\\s*<${tagName}((?:\\s+[^\\s"'>=]+(?:="[^"]*")?)*)\\s*>`).exec(html);
  const close = `</${tagName}>`;
  const end = html.trimEnd();
  if (!open || !end.endsWith(close)) {
    console.warn(`${tagName}: serverHtml is not a <${tagName}> from renderWidget; rendering without it.`);
    return undefined;
  }
  const attributes: Record<string, string> = {};
  for (const [, name, value = ''] of open[1].matchAll(/\s+([^\s"'>=]+)(?:="([^"]*)")?/g))
    attributes[name] = value.replace(/&(?:quot|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity]);
  return { attributes, content: end.slice(open[0].length, -close.length) };
}

/**
 * @lit/react's component for `tagName`, inside one that registers the tag after the first
 * render's layout effects (a child's run before its parent's: the properties are set first).
 */
function widget<I extends HTMLElement, E extends EventNames>(
  tagName: string,
  elementClass: (new () => I) & { readonly observedAttributes: string[] },
  events: E,
  displayName: string,
): React.ForwardRefExoticComponent<React.ComponentProps<ReactWebComponent<I, E>> & ServerHtmlProp> {
  // Lit adds a class's property accessors when it finalises the class (at registration, or
  // here): @lit/react tells a property from an attribute by looking for them on the prototype.
  // eslint-disable-next-line @typescript-eslint/no-meaningless-void-operator -- the getter finalises
  void elementClass.observedAttributes;
  const Inner = createComponent<I, E>({ react: React, tagName, elementClass, events, displayName });
  /** The props @lit/react renders as attributes: not the element's properties or listeners. */
  const attributesOf = (props: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([key]) => key === 'style' || key === 'className' || !(key in events || key in elementClass.prototype))
        .filter(([key]) => key !== 'children')
        .map(([key, value]) => [key === 'className' ? 'class' : key, value]),
    );
  const Outer = React.forwardRef<I, ServerHtmlProp & Record<string, unknown>>(({ serverHtml, ...props }, ref) => {
    useClientLayoutEffect(() => {
      defineElement(tagName, elementClass);
    }, []);
    const server = typeof serverHtml === 'string' ? readServerHtml(serverHtml, tagName) : undefined;
    if (!server) return React.createElement(Inner as React.ElementType, { ...props, ref });
    // The server's content inside the element: the browser makes its template the element's
    // shadow root as it parses the page, and React, hydrating, leaves what is inside alone.
    const content = { dangerouslySetInnerHTML: { __html: server.content }, suppressHydrationWarning: true };
    // On the server, the element with the attributes renderWidget gave it (`layout`, `theme`:
    // its styles need them before the script runs), which @lit/react would leave to properties.
    if (typeof document === 'undefined')
      return React.createElement(tagName, { ...server.attributes, ...attributesOf(props), ...content });
    return React.createElement(Inner as React.ElementType, { ...props, ref, ...content });
  });
  Outer.displayName = displayName;
  return Outer;
}

/** Every widget: the feed loaded, or the widget shows its error state. */
const loadEvents = {
  onNewsLoad: 'news-load' as EventName<NewsLoadEvent>,
  onNewsError: 'news-error' as EventName<NewsErrorEvent>,
};

/** The widgets with headlines a reader can activate: also `news-select` (cancelable). */
const selectEvents = {
  ...loadEvents,
  onNewsSelect: 'news-select' as EventName<NewsSelectEvent>,
};

/**
 * `<news-card>`: one story as a card. Props: `src` or `feed`, `articleId` or `index`,
 * `layout`, `headingLevel`, `locale`, `theme`, `loading`, `refresh`, `timeout`, `category`,
 * `tag`, `images`; events `onNewsSelect`, `onNewsLoad`, `onNewsError`.
 */
export const NewsCard = widget('news-card', NewsCardElement, selectEvents, 'NewsCard');

/**
 * `<news-article>`: the full story. Props: `src` or `feed`, `articleId`, `headingLevel` and
 * the shared ones; events `onNewsLoad`, `onNewsError` (an article has no headline to select).
 */
export const NewsArticle = widget('news-article', NewsArticleElement, loadEvents, 'NewsArticle');

/**
 * `<news-trending>`: a ranked list. Props: `src` or `feed`, `limit`, `order`, `heading`,
 * `showImages`, `showFeed`, `headingLevel` and the shared ones; events `onNewsSelect`,
 * `onNewsLoad`, `onNewsError`.
 */
export const NewsTrending = widget('news-trending', NewsTrendingElement, selectEvents, 'NewsTrending');

/**
 * `<news-list>`: a row or grid of cards. Props: `src` or `feed`, `limit`, `index`, `columns`,
 * `layout`, `showFeed`, `headingLevel` and the shared ones; events `onNewsSelect`,
 * `onNewsLoad`, `onNewsError`.
 */
export const NewsList = widget('news-list', NewsListElement, selectEvents, 'NewsList');

/** The props of each component, for an app's own wrappers: `NewsCardProps['layout']`. */
export type NewsCardProps = React.ComponentProps<typeof NewsCard>;
export type NewsArticleProps = React.ComponentProps<typeof NewsArticle>;
export type NewsTrendingProps = React.ComponentProps<typeof NewsTrending>;
export type NewsListProps = React.ComponentProps<typeof NewsList>;

export type {
  NewsSelectEvent,
  NewsLoadEvent,
  NewsErrorEvent,
  NewsSelectDetail,
  NewsLoadDetail,
  NewsErrorDetail,
} from '../index.js';
export type { NewsFeed, NewsItem, NewsFeedError } from '../index.js';
// Words of a site's own, for a module that both the server and the browser import.
export { registerWords, type Words } from '../format/words.js';
