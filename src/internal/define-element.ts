/**
 * Registers a custom element unless the tag is taken. A page that loads the library twice
 * (two CDN copies, or CDN plus npm) keeps the first registration and gets one warning.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`<${tag}> is already defined by another copy of news-widgets; keeping the first one.`);
  }
}
