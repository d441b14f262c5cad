import { html, nothing, type ReactiveControllerHost } from 'lit';

/** What of its widget the images read: whether the feed's images are shown at all. */
interface Host extends ReactiveControllerHost {
  images?: 'all' | 'none';
}

/**
 * A widget's feed images: shown inside their aspect-ratio frames, or left out when the widget
 * shows no images or one failed to load (so no broken-image icon is ever shown).
 */
export class FeedImages {
  /** Image URLs that failed to load. */
  readonly #broken = new Set<string>();

  constructor(private readonly host: Host) {}

  /** Whether there is an image to show: given, not known to be broken, and images are shown. */
  available(src: string | undefined): src is string {
    return src !== undefined && this.host.images != 'none' && !this.#broken.has(src);
  }

  /** The image inside its frame (a `div` with the given part and class), or nothing. */
  render(src: string | undefined, alt: string, part: string, className = part, lazy = true) {
    if (!this.available(src)) return nothing;
    return html`<div part=${part} class=${className}>
      <img
        part="image"
        src=${src}
        alt=${alt}
        loading=${lazy ? 'lazy' : 'eager'}
        decoding="async"
        @error=${() => {
          this.#broken.add(src);
          this.host.requestUpdate();
        }}
      />
    </div>`;
  }
}
