import type { ReactiveControllerHost } from 'lit';

/** How often relative times are brought up to date. */
const TICK_MS = 60_000;

const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;

/** Re-renders every connected widget: each minute, and when a page gives new words (./words.ts). */
export function renderAll(): void {
  for (const host of hosts) host.requestUpdate();
}

/**
 * Re-renders `host` every minute while it is connected, so "5 minutes ago" stays true. Every
 * widget on the page shares one interval, which runs only while at least one widget is
 * connected.
 */
export function keepTimesCurrent(host: ReactiveControllerHost): void {
  host.addController({
    hostConnected() {
      hosts.add(host);
      timer ??= setInterval(renderAll, TICK_MS);
    },
    hostDisconnected() {
      hosts.delete(host);
      if (!hosts.size) {
        clearInterval(timer);
        timer = undefined;
      }
    },
  });
}
