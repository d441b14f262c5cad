// A TypeScript React app that only installs the package (the packed tarball) gets JSX types
// for the plain tags, generated from custom-elements.json (scripts/jsx-types.mjs): every
// attribute and property, typed events, and errors for a misspelt attribute or a wrong value;
// and the components of news-widgets/react have typed props and events (wrappers.tsx). Preact
// and Solid apps too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './support/server.mjs';
import { installPacked } from './support/install.mjs';

const tsc = join(root, 'node_modules/typescript/bin/tsc');
let app;
before(() => {
  app = mkdtempSync(join(tmpdir(), 'news-widgets-jsx-'));
  installPacked(app, ['react', '@types/react', 'csstype']);
  cpSync(new URL('./fixtures/jsx-react/', import.meta.url), app, { recursive: true });
});
after(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

/** Runs tsc in `dir` on `project`; returns its diagnostics as { file, line, text }. */
function typecheck(dir, project = 'tsconfig.json') {
  try {
    execFileSync(process.execPath, [tsc, '-p', project], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return [];
  } catch (error) {
    return [...`${error.stdout}`.matchAll(/^(\S+)\((\d+),\d+\): error (TS\d+: .*(?:\n {2}.*)*)/gm)].map(([, file, line, text]) => ({
      file,
      line: Number(line),
      text,
    }));
  }
}

/**
 * Checks that `file`'s lines marked `{/* error: text *\/}` (and only those) have errors with
 * that text, and returns how many such lines there are.
 */
function expectErrors(diagnostics, dir, file) {
  const expected = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((text, index) => ({ line: index + 1, wanted: /error: (.*) \*\/\}$/.exec(text)?.[1] }))
    .filter(({ wanted }) => wanted);
  for (const { line, wanted } of expected) {
    const found = diagnostics.filter((d) => d.file === file && d.line === line);
    assert.ok(found.some((d) => d.text.includes(wanted)), `${file}:${line} reports ${wanted}; got ${JSON.stringify(found)}`);
  }
  const unexpected = diagnostics.filter((d) => d.file !== file || !expected.some(({ line }) => line === d.line));
  assert.deepEqual(unexpected, [], `no other error in ${file}`);
  return expected.length;
}

test('the tags type-check in JSX with no declaration of the app, and mistakes are errors', () => {
  const diagnostics = typecheck(app);
  assert.deepEqual(
    diagnostics.filter((d) => d.file !== 'typos.tsx'),
    [],
    'app.tsx and wrappers.tsx use every attribute, property and event without an error',
  );
  assert.equal(expectErrors(diagnostics, app, 'typos.tsx'), 9);
});

// Preact (the JSX namespace of 10 and of 11 differ) and Solid, from the fixture's own lock file.
// It links the repository, as the examples do (see the `paths` in its tsconfig.base.json).
test('Preact and Solid apps get the types too', () => {
  const dir = fileURLToPath(new URL('./fixtures/jsx-frameworks/', import.meta.url));
  const installed = join(dir, 'node_modules/.package-lock.json');
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(dir, 'package-lock.json')).mtimeMs) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, stdio: 'pipe' });
  }
  for (const framework of ['preact', 'solid']) {
    assert.equal(expectErrors(typecheck(dir, `tsconfig.${framework}.json`), dir, `${framework}.tsx`), 3, framework);
  }
});

test('the types list every attribute of custom-elements.json, and each framework gets them', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.equal(tags.length, 4);
  for (const file of ['react', 'preact', 'solid', 'vue']) {
    const types = readFileSync(join(app, 'node_modules/news-widgets/dist/jsx', `${file}.d.ts`), 'utf8');
    for (const { tagName, attributes } of tags) {
      const start = types.indexOf(`'${tagName}':`);
      assert.ok(start > 0, `${file}: <${tagName}>`);
      const block = types.slice(start).split(/\n\s*'news-/)[0];
      for (const { name } of attributes) assert.match(block, new RegExp(`['\\s]${name}'?\\?:`), `${file}: <${tagName} ${name}>`);
    }
  }
  const exports = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports;
  for (const name of ['jsx-react', 'jsx-preact', 'jsx-solid', 'jsx-vue']) assert.ok(exports[`./${name}`]?.types, name);
});
