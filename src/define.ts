// Registers every tag: what `import 'news-widgets'` and the CDN bundle run.
import './components/card/define.js';
import './components/article/define.js';
import './components/trending/define.js';
import './components/list/define.js';

export * from './index.js';
