// The README's Angular recipe, type-checked by the Angular compiler (ngc) with strictTemplates:
// `$event` of (news-select), (news-load) and (news-error) is typed from the package's
// HTMLElementEventMap, and a handler that takes the wrong event is an error. No Angular app is
// built (its toolchain would double this stage's time): examples/README.md says how to by hand.
// The fixture installs its dependencies from its lock file when they are missing.
// Not part of `npm test`: Angular's 86 MB of compiler would add a minute or more to a fresh
// machine's run; `npm run test:angular` (after `npm run build`) runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('./fixtures/angular/', import.meta.url));

test("the README's Angular recipe type-checks with typed event payloads, and a wrong one fails", () => {
  const installed = join(dir, 'node_modules/.package-lock.json');
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(dir, 'package-lock.json')).mtimeMs) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, stdio: 'pipe' });
  }
  const ngc = join(dir, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js');
  let output = '';
  try {
    output = execFileSync(process.execPath, [ngc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    output = `${error.stdout}${error.stderr}`;
  }
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const errors = [...plain.matchAll(/^(\S+\.ts):(\d+):\d+ - error (TS\d+: .*)$/gm)].map(([, file, line, text]) => `${file}:${line} ${text}`);
  assert.equal(errors.length, 1, plain);
  assert.match(errors[0], /^typos\.component\.ts:9 TS2345: Argument of type 'NewsSelectEvent' is not assignable to parameter of type 'NewsLoadEvent'/);
});
