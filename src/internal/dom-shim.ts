// What Lit's Node builds import from @lit-labs/ssr-dom-shim, for the CDN files only (the
// `litNodeBuilds` plugin in vite.config.ts): in a browser, the page's own element class and
// registry; in Node, stand-ins, so that a server that imports a CDN file does not throw. The
// stand-in registry keeps the classes defined, for a server renderer in the same process to find.
const classes = new Map<string, CustomElementConstructor>();

// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- an element class to extend, in Node
export const HTMLElement = globalThis.HTMLElement ?? class {};
export const customElements = globalThis.customElements ?? {
  define: (name: string, element: CustomElementConstructor) => void classes.set(name, element),
  get: (name: string) => classes.get(name),
};
