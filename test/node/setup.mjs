// Runs the pure modules' browser test files in Node, for mutation testing (stryker.config.mjs):
// a browser test runner start per mutant would take hours. Loaded with `node --import tsx
// --import ./test/node/setup.mjs` before mocha loads the tests. It gives them what the test
// page gives them: a DOM (jsdom) at the address of a local server, and that server (the test
// runner's own dev server with the feed routes of test/support/feed-server.mjs), so the same
// files run unchanged; '@open-wc/testing' is the real package, its chai and plugins.
import { register } from 'node:module';
import { startDevServer } from '@web/dev-server';
import { JSDOM } from 'jsdom';
import { feedServer } from '../support/feed-server.mjs';

register('./hooks.mjs', import.meta.url);

const root = new URL('../../', import.meta.url);

const server = await startDevServer({
  config: { rootDir: root.pathname, hostname: '127.0.0.1', port: 0, middleware: [feedServer()] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const { port } = server.server.address();
// Mocha exits when its tests are done; the server must not keep Node alive.
server.server.unref();

const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  url: `http://127.0.0.1:${port}/`,
  pretendToBeVisual: true,
});

// One fetch, as in a page: the window's (which tests stub with sinon) is the global one, and it
// resolves a relative URL against the page's address. Node's fetch knows no CORS: tests of a
// cross-origin answer are left out (stryker.config.mjs).
const nodeFetch = globalThis.fetch;
window.fetch = (input, init) => nodeFetch(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
Object.defineProperty(globalThis, 'fetch', {
  configurable: true,
  get: () => window.fetch,
  set: (value) => (window.fetch = value),
});

// The window's globals that Node lacks (Node's own fetch, URL, streams, timers and events stay).
for (const name of Object.getOwnPropertyNames(window)) {
  if (name in globalThis || name.startsWith('_')) continue;
  Object.defineProperty(globalThis, name, { configurable: true, get: () => window[name] });
}
