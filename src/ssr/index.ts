/// <reference types="node" />
// `news-widgets/ssr`: the widgets rendered on a server (Node), content and all, for pages that
// show their news to crawlers and to readers without JavaScript, and hydrate in the browser.
export { renderWidget, WIDGET_TAGS, type RenderWidgetOptions, type WidgetTag } from './render-widget.js';
export { scriptJson } from './embed.js';
// The server renders with the words a site gives (and the page must give the same ones).
export { registerWords, type Words } from '../format/words.js';
