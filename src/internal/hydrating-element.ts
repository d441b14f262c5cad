import { LitElement, ReactiveElement, adoptStyles, isServer, render, type PropertyValues } from 'lit';
import type { FeedController } from '../data/feed-controller.js';
import { atClock } from '../format/relative-time.js';
import { upgrading } from './define-element.js';
import { firstRenderTurn } from './first-render.js';
import type { HydratingUpdate } from './hydration.js';

/**
 * The widgets' life on a server and after it (news-widgets/ssr): on the server the state is made
 * at once; in the browser a server-rendered widget lets the hydrating chunk (./hydration.ts)
 * take its first update, so the server's DOM is taken over rather than rendered anew. A widget
 * that the library's definition upgrades in place renders first in a turn of its own
 * (./first-render.ts).
 */
export abstract class HydratingElement<V> extends LitElement {
  protected abstract readonly feedController: FeedController<V>;
  /** A server-rendered widget's hydration, from its connection to its first update. */
  #hydration?: Promise<HydratingUpdate | undefined>;
  #hydrate?: HydratingUpdate;
  /**
   * Whether the library's definition of the tag upgraded this widget in place, as it does every
   * widget already in the page when it loads: these come many at once, so each renders first in
   * a turn of its own (./first-render.ts).
   */
  readonly #upgraded = upgrading;

  override connectedCallback(): void {
    if (!this.hasUpdated && (this.shadowRoot?.firstChild || this.querySelector(':scope>[data-news-feed]')))
      this.#hydration ??= Promise.all([import('./hydration.js'), this.beforeHydration()]).then(
        ([{ prepareHydration }]) =>
          prepareHydration(this, this.feedController, atClock, { ReactiveElement, adoptStyles, render }),
      );
    super.connectedCallback();
  }

  /** What a widget needs before it can render what its server rendered (code fetched on demand). */
  protected beforeHydration(): Promise<void> | undefined {
    return undefined;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return (this.#hydration && this.shadowRoot) || super.createRenderRoot();
  }

  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- ReactiveElement's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const hydration = this.#hydration;
    if (!hydration)
      return this.#upgraded && !this.hasUpdated
        ? firstRenderTurn().then(() => super.scheduleUpdate())
        : super.scheduleUpdate();
    this.#hydration = undefined;
    return hydration.then(
      (hydrate) => {
        this.#hydrate = hydrate;
        this.performUpdate();
      },
      () => {
        // No hydrating code (offline): render afresh in the server's place.
        this.renderRoot.replaceChildren();
        adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
        this.performUpdate();
      },
    );
  }

  /** On a server, the state is made at once (Lit SSR runs no load). */
  protected override willUpdate(changed: PropertyValues): void {
    if (isServer) this.feedController.settleNow();
    super.willUpdate(changed);
  }

  protected override update(changed: PropertyValues): void {
    const hydrate = this.#hydrate;
    this.#hydrate = undefined;
    if (hydrate) hydrate(changed, () => this.render());
    else super.update(changed);
  }
}
