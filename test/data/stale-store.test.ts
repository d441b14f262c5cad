import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearStaleCopies, readStaleCopy, saveStaleCopy } from '../../src/data/stale-store.js';

// The copies kept on the device for a reader who goes offline, and their documented bounds
// (README: Security): under `news-widgets:feed:*`, 8 feeds at most, 500,000 characters each and
// a million together, counted as stored (key and JSON), the most recently saved kept first.
const PREFIX = 'news-widgets:feed:';
const MAX_COPIES = 8;
const MAX_COPY_CHARS = 500_000;

const feedUrl = (name: string | number) => `https://x.example/${name}.json`;
const kept = (...names: (string | number)[]) => names.filter((name) => readStaleCopy(feedUrl(name)) !== undefined);

describe('the stored copies', () => {
  beforeEach(() => clearStaleCopies());
  afterEach(() => {
    clearStaleCopies();
    localStorage.removeItem('host-page:settings');
  });

  it('keeps the eight most recently saved feeds, a feed saved again counting once', () => {
    for (let i = 1; i <= MAX_COPIES; i++) saveStaleCopy(feedUrl(i), '{"items":[]}', feedUrl(i));
    expect(kept(1, 2, 3, 4, 5, 6, 7, 8)).to.have.length(MAX_COPIES);
    saveStaleCopy(feedUrl(8), '{"items":[1]}', feedUrl(8));
    expect(kept(1, 2, 3, 4, 5, 6, 7, 8), 'a new copy of a kept feed drops no other').to.have.length(MAX_COPIES);
    expect(readStaleCopy(feedUrl(8))!.text).to.equal('{"items":[1]}');
    saveStaleCopy(feedUrl(9), '{"items":[]}', feedUrl(9));
    expect(kept(1, 2, 3, 4, 5, 6, 7, 8, 9)).to.deep.equal([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps a million characters of copies at most, dropping the oldest first', () => {
    const text = 'x'.repeat(400_000);
    for (const name of ['a', 'b', 'c']) saveStaleCopy(feedUrl(name), text, feedUrl(name));
    expect(kept('a', 'b', 'c')).to.deep.equal(['b', 'c']);
  });

  it('counts a copy as stored, its key and URL with its text', () => {
    saveStaleCopy(feedUrl('near'), 'x'.repeat(MAX_COPY_CHARS - 10), feedUrl('near'));
    expect(readStaleCopy(feedUrl('near'))).to.be.undefined;
    saveStaleCopy(feedUrl('under'), 'x'.repeat(MAX_COPY_CHARS - 200), feedUrl('under'));
    expect(readStaleCopy(feedUrl('under'))!.text).to.have.length(MAX_COPY_CHARS - 200);
  });

  it('keeps the final URL of a copy and the time it was saved', () => {
    const now = Date.now() + 5_000;
    const clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
    try {
      saveStaleCopy(feedUrl('moved'), '{"items":[]}', 'https://y.example/moved.json');
    } finally {
      clock.restore();
    }
    const copy = readStaleCopy(feedUrl('moved'))!;
    expect(copy.url).to.equal('https://y.example/moved.json');
    expect(copy.savedAt.getTime()).to.equal(now);
  });

  it('clears its own copies and leaves the host page’s storage alone', () => {
    localStorage.setItem('host-page:settings', '{"theme":"dark"}');
    for (let i = 1; i <= MAX_COPIES + 1; i++) saveStaleCopy(feedUrl(i), '{"items":[]}', feedUrl(i));
    expect(localStorage.getItem('host-page:settings')).to.equal('{"theme":"dark"}');
    clearStaleCopies();
    expect(kept(1, 2, 3, 4, 5, 6, 7, 8, 9)).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith(PREFIX))).to.deep.equal([]);
    expect(localStorage.getItem('host-page:settings')).to.equal('{"theme":"dark"}');
  });

  it('reads no copy that is not whole', () => {
    const broken = [
      'not json',
      'null',
      '{"url":"u","savedAt":1}',
      '{"text":"t","savedAt":1}',
      '{"text":"t","url":"u"}',
      '{"text":"t","url":"u","savedAt":"2024-01-01"}',
      '{"savedAt":1}',
      '{"url":"u"}',
    ];
    for (const value of broken) {
      localStorage.setItem(`${PREFIX}${feedUrl('broken')}`, value);
      expect(readStaleCopy(feedUrl('broken')), value).to.be.undefined;
    }
    localStorage.setItem(`${PREFIX}${feedUrl('whole')}`, '{"text":"t","url":"u","savedAt":1}');
    expect(readStaleCopy(feedUrl('whole'))).to.deep.equal({ text: 't', url: 'u', savedAt: new Date(1) });
  });
});
