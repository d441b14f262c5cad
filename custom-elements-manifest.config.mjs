// `npm run analyze` writes custom-elements.json from the JSDoc in src/.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
