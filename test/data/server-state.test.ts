import { expect } from '@open-wc/testing';
import { stateNow } from '../../src/data/server-state.js';
import { pickItem } from '../../src/data/pick.js';
import { FeedError } from '../../src/data/feed-error.js';
import { loadMessages } from '../../src/format/strings.js';
import { en } from '../../src/format/messages.js';
import type { NewsFeed } from '../../src/data/types.js';

// The state a server renders a widget in (Lit SSR runs no load): made at once from the
// controller's arguments (source, locale asked for).

const feedJson = (language?: string) => ({
  version: 'https://jsonfeed.org/version/1.1',
  language,
  items: [{ id: 'a', title: 'A' }],
});
const first = (feed: NewsFeed) => pickItem(feed, undefined);

describe('stateNow', () => {
  it('makes no state for a widget without a source', () => {
    expect(stateNow([undefined, 'fr'], false, first)).to.be.undefined;
  });

  it('makes the loading state for a feed URL, in the words of the locale asked for once they are loaded', async () => {
    const fr = await loadMessages('fr');
    expect(fr).not.to.equal(en);
    const state = stateNow(['/feeds/world.json', 'fr'], true, first);
    expect(state).to.deep.equal({ status: 'pending', locale: 'fr', dir: 'ltr', messages: fr });
    expect(stateNow(['/feeds/world.json', undefined], true, first)).to.deep.equal({
      status: 'pending',
      locale: 'en',
      dir: 'ltr',
      messages: en,
    });
  });

  it('makes the complete state of a feed object, speaking the feed’s language when none is asked for', () => {
    const state = stateNow([feedJson('ar'), undefined], true, first);
    expect(state).to.include({ status: 'complete', locale: 'ar', dir: 'rtl' });
    if (state?.status !== 'complete') throw new Error('not complete');
    expect(state.feed.items.map((item) => item.id)).to.deep.equal(['a']);
    expect(state.view!.id).to.equal('a');
    expect(stateNow([feedJson('ar'), 'fr'], true, first), 'the locale asked for wins').to.include({ locale: 'fr', dir: 'ltr' });
  });

  it('stays loading for a pick that has to wait', () => {
    const state = stateNow([feedJson(), 'en'], true, () => Promise.reject(new Error('no sanitiser here')));
    expect(state).to.include({ status: 'pending', locale: 'en' });
  });

  it('makes the error state, with the widget’s src, for a pick that fails or an object that is no feed', () => {
    const missing = stateNow([feedJson('ar'), undefined], true, (feed) => pickItem(feed, 'nope'), 'https://x.example/f.json');
    expect(missing).to.include({ status: 'error', locale: 'en', dir: 'ltr' });
    if (missing?.status !== 'error') throw new Error('not an error');
    expect(missing.error).to.be.instanceOf(FeedError);
    expect(missing.error.kind).to.equal('not-found');
    const broken = stateNow([{ items: 'none' }, undefined], true, first, 'https://x.example/f.json');
    if (broken?.status !== 'error') throw new Error('not an error');
    expect(broken.error.kind).to.equal('format');
  });

  it('wraps what is not a FeedError, with the widget’s src', () => {
    const failure = stateNow([feedJson(), undefined], true, () => {
      throw new TypeError('boom');
    }, 'https://x.example/f.json');
    if (failure?.status !== 'error') throw new Error('not an error');
    expect(failure.error).to.include({ kind: 'network', message: 'boom', url: 'https://x.example/f.json' });
  });
});
