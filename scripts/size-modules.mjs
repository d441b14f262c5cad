#!/usr/bin/env node
// Where the bytes of a CDN file come from: `npm run size:modules [file…]` (after `npm run build`)
// attributes each minified file in dist/cdn/ to the source modules its source map names, with
// each module's own gzip size. A module's gzip alone is an upper bound of what it adds to the
// file (gzip shares context across modules), but the ranking is what a size change needs.
import { SourceMapConsumer } from 'source-map-js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSize } from './size.mjs';

const root = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

function attribute(file) {
  const code = readFileSync(root + file, 'utf8');
  const lines = code.split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${root}${file}.map`, 'utf8')));
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const text = new Map();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1];
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const source = (m.source ?? '(bundler helpers)').replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');
    text.set(source, (text.get(source) ?? '') + line.slice(m.generatedColumn, end));
  });
  console.log(`\n${file}: ${code.length} bytes minified, ${gzipSize(code)} gzip`);
  const rows = [...text].map(([source, t]) => [source, t.length, gzipSize(t)]).sort((a, b) => b[2] - a[2]);
  for (const [source, min, gz] of rows) console.log(`${String(min).padStart(8)} ${String(gz).padStart(7)}  ${source}`);
  return gzipSize(code);
}

// The files a page with one <news-card> loads: the autoloader, the card and every chunk they
// import, followed through the built files' static imports (the chunks' names are the bundler's).
function cardPage() {
  const files = ['news-widgets.js', 'news-card.js'];
  for (const file of files) {
    for (const [, name] of readFileSync(root + file, 'utf8').matchAll(/\bfrom\s*["']\.\/([^"']+\.js)["']/g)) {
      if (!files.includes(name)) files.push(name);
    }
  }
  return files;
}

const files = process.argv.slice(2);
const targets = files.length ? files : cardPage();
console.log('  minified   gzip  module');
let total = 0;
for (const file of targets) total += attribute(file);
if (targets.length > 1) console.log(`\n${targets.length} files, ${total} bytes gzip (each file compressed alone, as npm run size counts them)`);
