// A test-runner command that renders a widget on the server, as a page's server would with
// `news-widgets/ssr`: `await executeServerCommand('render-widget', { tag, options })` gives its
// HTML. The entry is bundled from src/ssr/ with esbuild on first use (dependencies left to
// node_modules), so the browser tests need no build of the package.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let entry;

async function load() {
  const outdir = `${root}node_modules/.cache/news-widgets-ssr-test`;
  await build({
    entryPoints: [`${root}src/ssr/index.ts`],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(`${outdir}/index.mjs`).href}?${Date.now()}`);
}

export function ssrCommand() {
  return {
    name: 'render-widget',
    async executeCommand({ command, payload }) {
      if (command !== 'render-widget') return undefined;
      entry ??= load();
      const { renderWidget } = await entry;
      return renderWidget(payload.tag, payload.options ?? {});
    },
  };
}
