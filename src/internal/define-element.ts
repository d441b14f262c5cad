/**
 * Whether {@link defineElement} is upgrading the elements of a tag already in the page: true
 * only while it does, so a widget's constructor can tell it was upgraded in place.
 */
export let upgrading = false;

/**
 * Registers a custom element unless the tag is taken. A page that loads the library twice
 * (two CDN copies, or CDN plus npm) keeps the first registration and gets one warning.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    upgrading = true;
    try {
      customElements.define(tag, constructor);
    } finally {
      upgrading = false;
    }
  } else if (existing !== constructor) {
    console.warn(`<${tag}> is already defined by another copy of news-widgets; keeping the first one.`);
  }
}
