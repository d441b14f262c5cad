// `npm run analyze` writes custom-elements.json from the JSDoc in src/.

/** Points the manifest's module paths at the published files (dist/*.js), not src/*.ts. */
function publishedPaths() {
  const toDist = (value) => value.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
        else walk(value);
      }
    }
  };
  return {
    name: 'news-widgets:published-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The React components are not custom elements: their names would shadow the classes'.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [publishedPaths()],
};
