/// <reference types="node" />
// `news-widgets/gateway`: the feed gateway as a standard fetch handler, and its Node server.
export { createGateway, GatewayError, type GatewayOptions, type Lookup } from './gateway.js';
export { serveNode, type NodeServer } from './node.js';
export { toJsonFeed, type HtmlSanitizer } from './json-feed.js';
export { readFeed, convertFeed } from './read.js';
export { isPrivateAddress } from './addresses.js';
