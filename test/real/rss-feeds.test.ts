import { describeRealFeeds } from './real-feeds.js';

describeRealFeeds(['rss', 'rdf']);
