// Module resolution as the browser test runner does it: a package with no Node entry file
// (such as @esm-bundle/chai, which '@open-wc/testing' imports) is loaded through the ES module
// its package.json names under "module".
import { readFile } from 'node:fs/promises';

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const bare = /^(@[^/]+\/)?[^./][^/]*$/.test(specifier);
    if (!bare || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    const manifest = await nextResolve(`${specifier}/package.json`, context).catch(() => null);
    if (!manifest) throw error;
    const { module } = JSON.parse(await readFile(new URL(manifest.url), 'utf8'));
    if (typeof module !== 'string') throw error;
    return nextResolve(new URL(module, manifest.url).href, context);
  }
}
