// The URL layout every browser test in test/package/ serves.
import { serve } from './server.mjs';

export function servePackagePages() {
  return serve({
    '/dist/': 'dist',
    // The same build at another URL: what a second CDN copy of the library looks like.
    '/copy/dist/': 'dist',
    '/fixtures/': 'test/package/fixtures',
    '/feeds/': 'test/fixtures',
    '/examples/': 'examples',
  });
}
