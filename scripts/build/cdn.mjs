// Builds the CDN files exactly as `npm run build:cdn` does (vite.config.ts, modes `cdn` and
// `iife`), into a folder of the caller's: for checks and benchmarks that must measure what
// ships without touching dist/.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the given modes into `outDir`; returns the chunks: file name, entry or not, static imports. */
export async function buildCdnInto(outDir, modes = ['cdn', 'iife']) {
  const chunks = [];
  for (const [i, mode] of modes.entries()) {
    const result = await build({
      root: projectRoot,
      configFile: join(projectRoot, 'vite.config.ts'),
      mode,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: i === 0, reportCompressedSize: false },
    });
    for (const output of [result].flat()) {
      for (const item of output.output ?? []) {
        if (item.type === 'chunk') chunks.push({ fileName: item.fileName, isEntry: item.isEntry, imports: item.imports });
      }
    }
  }
  return chunks;
}
