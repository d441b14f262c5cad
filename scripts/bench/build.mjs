// Production builds for the benchmark: the bench pages (minified, Lit's production build),
// and the CDN entries whose gzip sizes are reported.
import { build } from 'vite';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGES = ['render', 'layout', 'longtasks'];

/** Builds scripts/bench/pages/*.html (and the src/ code they import) into `outDir`. */
export async function buildPages({ projectRoot, pagesDir, outDir }) {
  await build({
    configFile: false,
    root: pagesDir,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      rolldownOptions: { input: Object.fromEntries(PAGES.map((page) => [page, join(pagesDir, `${page}.html`)])) },
    },
  });
}

/** The chunks of one or several vite builds: file name, whether it is an entry, its static imports. */
function chunksOf(result) {
  return [result]
    .flat()
    .flatMap((output) => output.output ?? [])
    .filter((item) => item.type === 'chunk')
    .map(({ fileName, isEntry, imports }) => ({ fileName, isEntry, imports }));
}

/**
 * Builds the CDN entries into `outDir` the way `npm run build:cdn` builds dist/cdn/ (every
 * `--mode` it passes to vite, with the project's vite.config.ts), without touching dist/.
 * Without a `build:cdn` script, falls back to a minified ES bundle of src/define.ts.
 * Returns how the files were made, and their chunks.
 */
export async function buildCdn({ projectRoot, outDir }) {
  const pkg = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
  const modes = [...(pkg.scripts?.['build:cdn'] ?? '').matchAll(/vite build\b[^&|;]*?--mode[ =](\S+)/g)].map(
    (match) => match[1],
  );
  if (modes.length > 0) {
    const chunks = [];
    for (const [i, mode] of modes.entries()) {
      const result = await build({
        root: projectRoot,
        configFile: join(projectRoot, 'vite.config.ts'),
        mode,
        logLevel: 'warn',
        build: { outDir, emptyOutDir: i === 0, reportCompressedSize: false },
      });
      chunks.push(...chunksOf(result));
    }
    return { how: `vite.config.ts, modes ${modes.join(', ')} (as \`npm run build:cdn\`)`, chunks };
  }
  const result = await build({
    root: projectRoot,
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      lib: { entry: join(projectRoot, 'src/define.ts'), formats: ['es'], fileName: () => 'news-widgets.js' },
    },
  });
  return { how: 'own production bundle of src/define.ts (no `build:cdn` script yet)', chunks: chunksOf(result) };
}

/** Every .js file in `dir` with its size and gzip (level 9) size, largest first. */
export async function gzipSizes(dir) {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.js')).sort();
  const sizes = await Promise.all(
    files.map(async (file) => {
      const body = await readFile(join(dir, file));
      return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }),
  );
  return sizes.sort((a, b) => b.gzip - a.gzip);
}

/**
 * What a page pays for each entry: the entry and every chunk it imports statically (what
 * the browser fetches before the entry runs); chunks loaded on demand (sanitiser, locales)
 * are not counted.
 */
export function entryCosts(chunks, sizes) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const gzipOf = new Map(sizes.map((size) => [size.file, size.gzip]));
  return chunks
    .filter((chunk) => chunk.isEntry)
    .map((entry) => {
      const files = new Set();
      const visit = (name) => {
        if (files.has(name)) return;
        files.add(name);
        for (const next of byName.get(name)?.imports ?? []) visit(next);
      };
      visit(entry.fileName);
      return {
        entry: entry.fileName,
        gzip: [...files].reduce((sum, name) => sum + (gzipOf.get(name) ?? 0), 0),
        files: [...files],
      };
    })
    .sort((a, b) => a.entry.localeCompare(b.entry));
}
