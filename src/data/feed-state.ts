import type { ReactiveElement } from 'lit';
import type { FeedError } from './feed-error.js';
import type { NewsFeed } from './types.js';
import type { Messages } from '../format/messages.js';
import { isRightToLeft } from '../format/locale.js';

/** What a widget element offers the controller. */
export interface FeedHost extends ReactiveElement {
  src?: string;
  feed?: unknown;
  locale?: string;
  loading: 'eager' | 'lazy';
  /** Seconds a feed has to answer. */
  timeout?: number;
}

/** A widget's picked content, with the language it is written in when known. */
export interface Picked<V> {
  view: V;
  language?: string;
}

/** A widget's pick: what it shows from a feed; throws a `not-found` FeedError when it cannot. */
export type PickView<V> = (feed: NewsFeed) => Picked<V> | Promise<Picked<V>>;

/** What every state is shown with: the widget's words, in its locale and direction. */
export interface Voice {
  /** The resolved BCP 47 locale. */
  locale: string;
  dir: 'ltr' | 'rtl';
  messages: Messages;
}

/** Where a widget's load stands, with everything the widget renders for it. */
export type FeedState<V> =
  | (Voice & { status: 'pending' })
  | (Voice & {
      status: 'complete';
      feed: NewsFeed;
      view: V;
      /** Set when the network failed and this is the last good copy, saved at that time. */
      staleSince?: Date;
    })
  | (Voice & { status: 'error'; error: FeedError });

export type CompleteState<V> = Extract<FeedState<V>, { status: 'complete' }>;

/** The voice of a locale: its direction, with the words given. */
export function voice(locale: string, messages: Messages): Voice {
  return { locale, dir: isRightToLeft(locale) ? 'rtl' : 'ltr', messages };
}
