import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// The CSS and HTML inside Lit's css`` and html`` templates of our own sources, minified for the
// CDN builds, where every byte is paid by someone else's page. Before the JavaScript minifier;
// a template it cannot minify fails the build rather than ship unminified.
const minifyTemplates = () => ({
  ...minifyHTMLLiterals({ include: ['src/**/*.ts'], failOnError: true }),
  enforce: 'pre' as const,
});

// One config, three uses (the npm package's own modules in dist/ come from
// `tsc -p tsconfig.build.json`, see `npm run build`):
// - `npm start` (serve): the demo pages (index.html, fr.html, ar.html, formats.html) on the sample feeds in
//   public/feeds/ (JSON Feed, and the same stories as RSS and Atom).
// - `vite build --mode cdn`: dist/cdn/news-widgets.js, one self-contained minified ES module for
//   a <script type="module">. The sanitiser and the date-fns locales other than English are
//   chunks beside it, fetched only by a page that uses them.
// - `vite build --mode iife`: dist/cdn/news-widgets.iife.js for a classic <script>. A classic
//   script cannot load chunks, so everything (sanitiser, locales) is inlined into one file.

const entry = 'src/define.ts';

/** Each widget's entry in the CDN build, by tag: registers the tag and exports its class. */
const WIDGETS = {
  'news-card': 'src/components/card/define.ts',
  'news-article': 'src/components/article/define.ts',
  'news-trending': 'src/components/trending/define.ts',
  'news-list': 'src/components/list/define.ts',
};

/**
 * The CDN files import in Node without throwing (a server that renders pages may load them):
 * Lit's browser builds of lit-html and ReactiveElement touch `document` and `HTMLElement` as
 * they load; its Node builds of the same three modules are the same code with those uses
 * guarded (compare them). The CDN builds take the Node builds, with src/internal/dom-shim.ts
 * for the DOM shim they import (Lit's own, @lit-labs/ssr-dom-shim, is 5.7 KB gzip).
 */
const litNodeBuilds = (): Plugin => ({
  name: 'news-widgets-lit-node-builds',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (source === '@lit-labs/ssr-dom-shim') return fileURLToPath(new URL('src/internal/dom-shim.ts', import.meta.url));
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const core =
      /^(.*\/node_modules\/(?:lit-html|@lit\/reactive-element))\/(lit-html|reactive-element|css-tag)\.js$/.exec(
        resolved?.id ?? '',
      );
    return core ? `${core[1]}/node/${core[2]}.js` : resolved;
  },
});

/** A chunk as the CDN build renders it: what `chunkMap` reads of it. */
interface RenderedChunk {
  name: string;
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
}

/**
 * Writes into the autoloader (src/autoloader.ts, `CHUNK_MAP`) the files each tag's code imports,
 * each language's words and the sanitiser's, so that it asks for all a page needs at once
 * instead of the browser finding one module after another (issue 14). Before minification,
 * which then sees the map as any other string.
 */
const chunkMap = () => ({
  name: 'news-widgets-chunk-map',
  renderChunk(code: string, chunk: RenderedChunk, _options: unknown, meta: { chunks: Record<string, RenderedChunk> }) {
    if (!(chunk.isEntry && chunk.name === 'news-widgets')) return null;
    const chunks = Object.values(meta.chunks);
    /** The files `fileName` imports, directly or not (and itself when `self`). */
    const closure = (fileName: string, self = false): string[] => {
      const files = new Set<string>(self ? [fileName] : []);
      const visit = (name: string) => {
        for (const next of meta.chunks[name]?.imports ?? []) if (!files.has(next)) (files.add(next), visit(next));
      };
      visit(fileName);
      return [...files];
    };
    const names = (files: string[]) => files.map((file) => file.replace(/\.js$/, '')).join(' ');
    const map: Record<string, string> = {};
    for (const c of chunks) {
      const language = /\/src\/format\/languages\/(\w+)\.ts$/.exec(c.facadeModuleId ?? '')?.[1];
      if (c.isEntry && c.name.startsWith('news-') && c.name !== chunk.name) map[c.name] = names(closure(c.fileName));
      else if (language) map[language] = names([c.fileName]);
      else if (/\/src\/sanitize\/html\.ts$/.test(c.facadeModuleId ?? ''))
        map.sanitiser = names(closure(c.fileName, true));
    }
    if (!map.sanitiser || !map.fr || !map['news-card'])
      throw new Error('chunkMap: no sanitiser, language or widget chunks found');
    const marker = /(["'])news-widgets:chunk-map\1/g;
    if (!marker.test(code)) throw new Error('chunkMap: the autoloader has no CHUNK_MAP to fill in');
    return { code: code.replace(marker, JSON.stringify(JSON.stringify(map))), map: null };
  },
});

// The browsers the README supports, by the first version with everything the widgets use:
// ES2022 syntax, container queries and their units, `:has()` (Firefox 121) and the `lh` unit
// (Chrome and Edge 109, Safari 16.4). The test suite runs in Chromium, Firefox ESR and WebKitGTK.
const target = ['chrome109', 'edge109', 'firefox121', 'safari16.4'];

/**
 * Two minifiers, one after the other: terser (three passes of its compressor, no renaming) on
 * each chunk as rolldown renders it, then rolldown's own (oxc), which renames and prints. Each
 * finds what the other leaves: measured on 2026-12-08, 213 bytes gzip off the card page and 527
 * off the three-widget page with an article body, against oxc alone; terser alone did worse than
 * oxc alone, and a fourth pass took nothing more.
 */
const minifiers = {
  minify: 'terser',
  terserOptions: { ecma: 2020, compress: { passes: 3 }, mangle: false },
} as const;

const WIDGET_ENTRIES = Object.values(WIDGETS).map((file) => fileURLToPath(new URL(file, import.meta.url)));

/**
 * `'core'` for a module every widget's entry imports, directly or not: the chunk every widget
 * page loads. Left to rolldown's own chunking, a module that one more entry imports (the words
 * entry imports the table of words) would go to a chunk of its own: one more file on every page.
 * In an import cycle a module may be found short of an entry, and is then left to rolldown's
 * chunking, as before; `src/` has none (`npm run lint:cycles`), and the chunks came out as they
 * were, `core.js` aside.
 */
function coreChunk(id: string, context: { getModuleInfo(id: string): { importers: string[] } | null }): string | null {
  const reached = new Map<string, Set<string>>();
  /** The widget entries that import `module`, directly or not. */
  const entriesOf = (module: string): Set<string> => {
    let entries = reached.get(module);
    if (entries) return entries;
    entries = new Set(WIDGET_ENTRIES.includes(module) ? [module] : []);
    reached.set(module, entries);
    for (const importer of context.getModuleInfo(module)?.importers ?? [])
      for (const entry of entriesOf(importer)) entries.add(entry);
    return entries;
  };
  return entriesOf(id).size === WIDGET_ENTRIES.length ? 'core' : null;
}

const cdn: UserConfig = {
  publicDir: false,
  plugins: [minifyTemplates(), litNodeBuilds(), chunkMap()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target,
    ...minifiers,
    sourcemap: true,
    copyPublicDir: false,
    lib: {
      entry: {
        // Registers each tag when the page first uses it.
        'news-widgets': 'src/autoloader.ts',
        // One tag each, for pages that would rather name what they load.
        ...WIDGETS,
        // `registerWords`, for a page that gives the widgets words (src/format/words.ts).
        words: 'src/format/words.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: {
        // No content hashes: every chunk URL is already versioned by the package version in the
        // CDN path (the README asks for an exact version), and a hash is 8 bytes of random
        // text gzip cannot shrink, in every import of it. Chunks a page loads on demand keep
        // their module's name (`fr.js`, `html.js`, `refresh.js`); Lit and the code every widget
        // needs is `core.js`, and code some widgets share `shared.js`, `shared2.js`…
        chunkFileNames: (chunk) => (chunk.isDynamicEntry || chunk.name === 'core' ? '[name].js' : 'shared.js'),
        // Library mode keeps whitespace and comments in ES output; a CDN file wants none. This is
        // oxc, after terser (`minifiers`).
        minify: true,
        // Lit and the code every widget needs, in one chunk (`core.js`) that any other entry
        // (`words.js`) imports as it is, rather than a chunk of its own for the part it uses.
        codeSplitting: { groups: [{ name: coreChunk }] },
        // Tree-shaking hints (`/* @__PURE__ */`) are for bundlers, and nothing bundles these
        // files again. Licence comments stay (the default).
        comments: { annotation: false },
      },
    },
  },
};

const iife: UserConfig = {
  publicDir: false,
  plugins: [minifyTemplates(), litNodeBuilds()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target,
    ...minifiers,
    sourcemap: true,
    copyPublicDir: false,
    lib: { entry, formats: ['iife'], name: 'NewsWidgets', fileName: () => 'news-widgets.iife.js' },
    rolldownOptions: {
      output: { codeSplitting: false, minify: true, comments: { annotation: false } },
    },
  },
};

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'build' && mode === 'cdn') return cdn;
  if (command === 'build' && mode === 'iife') return iife;
  return {
    appType: 'mpa',
    server: {
      port: 5173,
    },
    // Only the demo pages: the test fixtures and examples hold pages of their own that import
    // the packed package, which the dev server has no business scanning.
    optimizeDeps: { entries: ['index.html', 'fr.html', 'ar.html', 'formats.html'] },
  };
});
