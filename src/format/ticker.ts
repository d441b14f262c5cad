import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How often relative times are brought up to date. */
export const TICK_MS = 60_000;

const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  for (const host of hosts) host.requestUpdate();
}

/**
 * Re-renders its host every minute so "5 minutes ago" stays true. Every widget on the page
 * shares one interval, which runs only while at least one widget is connected.
 */
export class TickController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    timer ??= setInterval(tick, TICK_MS);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  }
}

/** How many widgets the shared timer is serving (for tests). */
export function tickingHosts(): number {
  return hosts.size;
}
