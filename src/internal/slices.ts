import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

/**
 * Entries rendered in one task: a longer list renders a slice at a time, yielding to the page
 * in between, so that no task takes long.
 */
const SLICE = 250;

/**
 * A long list rendered a slice per task: the first {@link SLICE} entries at once, then a slice
 * more in a task of its own after each update, until the list is whole.
 */
export class Slices<T> implements ReactiveController {
  /** Entries rendered so far. */
  #rendered = SLICE;
  /** Set while the next slice waits for its task. */
  #next?: Promise<void>;
  /**
   * The entries' templates, and the list they are of. The update a slice's timer asks for only
   * adds entries: it reuses these, so a long list costs each entry's dates and words once, not
   * once per slice. Any other update (a new minute, an image that failed) makes them afresh.
   */
  #entries: { of?: readonly T[]; templates: TemplateResult[] } = { templates: [] };
  #growing = false;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The next slice's task, while one waits. */
  get next(): Promise<void> | undefined {
    return this.#next;
  }

  /** The entries of `items` to render in this update, with their templates (`make` is called once per entry). */
  take(items: readonly T[], make: (item: T, index: number) => TemplateResult) {
    // A new list (a refresh, another limit) starts again from its first slice.
    if (this.#entries.of !== items) this.#rendered = SLICE;
    const entries = this.#growing && this.#entries.of === items ? this.#entries : { of: items, templates: [] };
    this.#entries = entries;
    this.#growing = false;
    const shown = items.slice(0, this.#rendered);
    for (let index = entries.templates.length; index < shown.length; index++)
      entries.templates.push(make(shown[index], index));
    return { shown, templates: entries.templates };
  }

  hostUpdated(): void {
    const entries = this.#entries.of?.length ?? 0;
    if (this.#next || this.#rendered >= entries) return;
    // The next slice renders in a task of its own: a timer, which runs in a hidden tab too (an
    // animation frame would not).
    this.#next = new Promise((resolve) =>
      setTimeout(() => {
        this.#rendered += SLICE;
        this.#next = undefined;
        this.#growing = true;
        this.#host.requestUpdate();
        resolve();
      }),
    );
  }
}
