import { feedObject } from './feed-source.js';
import { toFeedError } from './feed-error.js';
import { voice, type FeedState, type PickView } from './feed-state.js';
import { en } from '../format/messages.js';
import { loadedMessages } from '../format/strings.js';
import { resolveLocale } from '../format/locale.js';

/**
 * A widget's state made at once, as a server renders it (Lit SSR runs no load): for a feed
 * given as an object, its complete state (or error state), in words already loaded; for a URL,
 * or a pick that has to wait (an article body without a server sanitiser), the loading
 * state; nothing without a source. `args` are the controller's: source, locale asked for, ….
 */
export function stateNow<V>(
  [source, requested]: readonly unknown[],
  hasSource: boolean,
  pick: PickView<V>,
  src?: string,
): FeedState<V> | undefined {
  const asked = requested as string | undefined;
  const speech = (tag: string) => voice(tag, loadedMessages(tag) ?? en);
  const locale = resolveLocale(asked);
  if (!hasSource) return undefined;
  const pending: FeedState<V> = { status: 'pending', ...speech(locale) };
  if (typeof source === 'string') return pending;
  try {
    const feed = feedObject(source);
    const picked = pick(feed);
    if (picked instanceof Promise) {
      picked.catch(() => undefined);
      return pending;
    }
    const feedLocale = resolveLocale(asked, picked.language, feed.language);
    return { status: 'complete', feed, view: picked.view, ...speech(feedLocale) };
  } catch (caught) {
    return { status: 'error', error: toFeedError(caught, src), ...speech(locale) };
  }
}
