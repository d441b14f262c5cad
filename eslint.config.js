// Lint: typescript-eslint's strict, type-checked rules for every TypeScript file the project
// type-checks, with the Lit and web-component rules on the library's sources. Formatting is
// Prettier's (`npm run format`); no rule here is about layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'examples/',
      'custom-elements.json',
      'test/fixtures/',
      'test/package/fixtures/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers read naturally in messages ("answered 503", "within 100 ms").
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => resolve()` and `@click=${() => this.reload()}` say what they mean.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
    rules: {
      // A file much longer holds two ideas (../shared/STYLE.md): 200 lines of code, as Prettier
      // lays it out (comments and blank lines not counted).
      'max-lines': ['error', { max: 200, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Code that reads untrusted feeds, upstream answers and command lines checks at run time
    // what its types already promise (a feed's "string" may be anything), and reads DOM
    // getters and regular-expression groups it has just checked: these two rules would
    // remove exactly those checks.
    // The normaliser also returns what `problems.add()` returns (nothing) to say "ignored" in
    // one line; the void-expression rule's automatic fix would turn a ternary that returns a
    // value into one that returns nothing.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    rules: {
      // @open-wc/testing types chai's `expect` as returning a promise (for its accessibility
      // assertion), so every plain assertion would look like a floating promise.
      '@typescript-eslint/no-floating-promises': 'off',
      // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // A test asserts an element exists, then reads it.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
