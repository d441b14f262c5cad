import type { ReactiveController, ReactiveElement } from 'lit';

/** What a widget with a `loading` attribute offers the gate. */
interface LazyHost extends ReactiveElement {
  loading: 'eager' | 'lazy';
}

/**
 * Holds a `loading="lazy"` widget's load back until the widget comes near the viewport; open
 * at once for any other. The watcher (./near-viewport.ts) is fetched only by lazy widgets.
 */
export class LazyGate implements ReactiveController {
  #near = false;
  /** Set while watching: stops the watch. */
  #unobserve?: Promise<() => void>;
  readonly #host: LazyHost;

  constructor(host: LazyHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the widget may load now. */
  get open(): boolean {
    return this.#host.loading !== 'lazy' || this.#near;
  }

  hostConnected(): void {
    this.#watch();
  }

  hostUpdated(): void {
    this.#watch();
  }

  hostDisconnected(): void {
    void this.#unobserve?.then((stop) => stop());
    this.#unobserve = undefined;
  }

  #watch() {
    if (this.open || this.#unobserve) return;
    this.#unobserve = import('./near-viewport.js').then(({ whenNearViewport }) =>
      whenNearViewport(this.#host, () => {
        this.#near = true;
        this.#unobserve = undefined;
        this.#host.requestUpdate();
      }),
    );
  }
}
