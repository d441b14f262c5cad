import { describeRealFeeds } from './real-feeds.js';

describeRealFeeds(['json']);
