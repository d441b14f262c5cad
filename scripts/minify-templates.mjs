#!/usr/bin/env node
// After `tsc -p tsconfig.build.json`: minifies the HTML and CSS inside Lit's html`` and css``
// templates of the npm build (dist/, not dist/cdn/) with the very transform the CDN build runs
// on the sources (vite.config.ts). A server-rendered widget (news-widgets/ssr, which runs this
// build) hydrates only where the browser's templates are the server's, string for string: with
// the same minified templates in both builds, it hydrates from either. Each module's source map
// is carried through, so it still points at the TypeScript.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { SourceMapConsumer, SourceMapGenerator } from 'source-map-js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function* modules(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Not the CDN build (minified from the sources), nor the server's own module (its one template is never hydrated).
    if (entry.isDirectory() && !['cdn', 'ssr'].includes(relative(dist, path))) yield* modules(path);
    else if (entry.isFile() && entry.name.endsWith('.js')) yield path;
  }
}

let count = 0;
for (const file of modules(dist)) {
  const code = readFileSync(file, 'utf8');
  if (!/\b(?:html|css)\s*`/.test(code)) continue;
  const name = file.slice(file.lastIndexOf('/') + 1);
  const result = await minifyHTMLLiterals(code, { fileName: name });
  if (!result) continue;
  const mapFile = `${file}.map`;
  const original = JSON.parse(readFileSync(mapFile, 'utf8'));
  // minified → tsc's JavaScript → TypeScript; a position with no TypeScript behind it is dropped.
  const through = SourceMapGenerator.fromSourceMap(new SourceMapConsumer({ ...result.map, sources: [name], file: name }));
  through.applySourceMap(new SourceMapConsumer(original), name);
  const out = new SourceMapGenerator({ file: name });
  new SourceMapConsumer(through.toJSON()).eachMapping((m) => {
    if (!m.source || m.source === name) return;
    out.addMapping({
      generated: { line: m.generatedLine, column: m.generatedColumn },
      original: { line: m.originalLine, column: m.originalColumn },
      source: m.source,
    });
  });
  original.sources.forEach((source, i) => out.setSourceContent(source, original.sourcesContent?.[i] ?? null));
  writeFileSync(mapFile, out.toString());
  writeFileSync(file, result.code.replace(/\/\/# sourceMappingURL=.*$/m, '').trimEnd() + `\n//# sourceMappingURL=${name}.map\n`);
  count += 1;
}
console.log(`minified the templates of ${count} modules`);
