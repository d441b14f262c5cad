// Installs this repository's packed tarball into a fresh app folder, offline: the tarball is
// unpacked into the app's node_modules and its dependencies (and `extra` packages, an app's
// own such as @types/react) are links to this repository's node_modules, which is what
// `npm install ./news-widgets-x.y.z.tgz` would put there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './server.mjs';

export function installPacked(app, extra = []) {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: root, encoding: 'utf8' }),
  );
  const modules = join(app, 'node_modules');
  mkdirSync(join(modules, 'news-widgets'), { recursive: true });
  execFileSync('tar', ['-xzf', join(app, packed.filename), '-C', join(modules, 'news-widgets'), '--strip-components=1']);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const dependency of new Set([...dependencyTree(pkg), ...extra])) {
    if (existsSync(join(modules, dependency))) continue;
    mkdirSync(join(modules, dependency, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), join(modules, dependency), 'dir');
  }
}

/** The package's dependencies and theirs, as npm's flat install puts them in node_modules. */
function dependencyTree(manifest, found = new Set()) {
  // Optional peers (react, jsdom) are installed only when the app asks for them.
  const optional = Object.entries(manifest.peerDependenciesMeta ?? {})
    .filter(([, meta]) => meta.optional)
    .map(([name]) => name);
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    if (found.has(name) || optional.includes(name)) continue;
    found.add(name);
    dependencyTree(JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')), found);
  }
  return found;
}
