/// <reference types="node" />
// `news-widgets/gateway`: the feed gateway as a standard fetch handler, and its Node server.
// Nothing here imports a Node module when it loads: the handler runs on edge runtimes too.
export { createGateway, GatewayError, type GatewayOptions, type Lookup } from './gateway.js';
export { serveNode, type NodeServer } from './node.js';
export { toJsonFeed, bodyText, type HtmlSanitizer, type JsonFeedOptions } from './json-feed.js';
export { readFeed, convertFeed, type ConvertOptions, type ReadOptions } from './read.js';
export { parseXml } from './xml-parser.js';
export { isPrivateAddress } from './addresses.js';
