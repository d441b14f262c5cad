// Production builds for the benchmark: the bench pages (minified, Lit's production build),
// and the CDN entries whose gzip sizes are reported.
import { build } from 'vite';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCdnInto } from '../build/cdn.mjs';

export const PAGES = ['render', 'layout', 'longtasks', 'heavy'];

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

/** Builds the CDN files into `outDir` as `npm run build:cdn` does, without touching dist/. */
export async function buildCdn({ outDir }) {
  const chunks = await buildCdnInto(outDir);
  return { how: 'vite.config.ts, modes cdn, iife (as `npm run build:cdn`)', chunks };
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
