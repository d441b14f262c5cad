import { expect } from '@open-wc/testing';
import { hasRanks, matchingItems, newestFirst, pickItem, playable, trendingItems } from '../../src/data/pick.js';
import { normaliseFeed } from '../../src/data/normalise.js';
import { FeedError } from '../../src/data/feed-error.js';

const feed = normaliseFeed({
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    { id: 'old', title: 'Old', date_published: '2024-06-01T00:00:00Z' },
    { id: 'r2', title: 'Rank 2', date_published: '2024-06-02T00:00:00Z', _news: { trending_rank: 2 } },
    { id: 'new', title: 'New', date_published: '2024-06-20T00:00:00Z' },
    { id: 'r1', title: 'Rank 1', date_published: '2024-05-01T00:00:00Z', _news: { trending_rank: 1 } },
    { id: 'undated', title: 'Undated' },
    { id: 'mid', title: 'Mid', date_published: '2024-06-10T00:00:00Z', language: 'fr' },
  ],
});

describe('trendingItems', () => {
  it('puts ranked items first by rank, then the others newest first, undated last', () => {
    expect(trendingItems(feed.items, 10).map((i) => i.id)).to.deep.equal(['r1', 'r2', 'new', 'mid', 'old', 'undated']);
  });

  it('stops at the limit', () => {
    expect(trendingItems(feed.items, 3).map((i) => i.id)).to.deep.equal(['r1', 'r2', 'new']);
  });

  it('does not reorder the feed it is given', () => {
    trendingItems(feed.items, 10);
    expect(feed.items[0]!.id).to.equal('old');
  });
});

describe('pickItem', () => {
  it('picks the first item without an id', () => {
    expect(pickItem(feed, undefined).view!.id).to.equal('old');
  });

  it('picks the item by id, with its language', () => {
    expect(pickItem(feed, 'mid')).to.deep.include({ language: 'fr' });
  });

  it('throws not-found for an unknown id, naming the id', () => {
    expect(() => pickItem(feed, 'nope'))
      .to.throw(FeedError, 'The feed has no item with id "nope".')
      .with.property('kind', 'not-found');
  });

  it('gives no item for an empty feed', () => {
    expect(pickItem(normaliseFeed({ items: [] }), undefined).view).to.be.undefined;
  });
});

describe('choosing without ids', () => {
  const tagged = normaliseFeed({
    version: 'https://jsonfeed.org/version/1.1',
    items: [
      { id: 'a', title: 'A', date_published: '2024-06-01T00:00:00Z', tags: ['Sport', 'Football'] },
      { id: 'b', title: 'B', date_published: '2024-06-03T00:00:00Z', tags: ['World'], _news: { category: ' sport ' } },
      { id: 'c', title: 'C', date_published: '2024-06-02T00:00:00Z', tags: ['World', 'Football'], _news: { trending_rank: 1 } },
      { id: 'd', title: 'D', tags: ['Sport'] },
    ],
  });
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

  it('index picks the n-th newest story, from 1; past the end, none', () => {
    expect(pickItem(tagged, undefined, { index: 1 }).view!.id).to.equal('b');
    expect(pickItem(tagged, undefined, { index: 2 }).view!.id).to.equal('c');
    expect(pickItem(tagged, undefined, { index: 4 }).view!.id, 'undated last').to.equal('d');
    expect(pickItem(tagged, undefined, { index: 5 }).view).to.be.undefined;
  });

  it('index 0 is no index: the first story in the feed’s order', () => {
    expect(pickItem(tagged, undefined, { index: 0 }).view!.id).to.equal('a');
  });

  it('a category filter passes over items with no category', () => {
    const mixed = normaliseFeed({ items: [{ id: 'bare', title: 'Bare' }, ...tagged.items.map(({ id, tags }) => ({ id, title: id, tags }))] });
    expect(ids(matchingItems(mixed.items, { category: 'sport' }))).to.deep.equal(['a', 'd']);
  });

  it('an id wins over index and filters', () => {
    expect(pickItem(tagged, 'a', { index: 1, category: 'World' }).view!.id).to.equal('a');
  });

  it('filters by category or tag, trimmed and case-insensitive', () => {
    expect(ids(matchingItems(tagged.items, { category: 'SPORT ' }))).to.deep.equal(['a', 'b', 'd']);
    expect(ids(matchingItems(tagged.items, { tag: 'football' }))).to.deep.equal(['a', 'c']);
    expect(ids(matchingItems(tagged.items, { category: 'sport', tag: 'football' }))).to.deep.equal(['a']);
    expect(pickItem(tagged, undefined, { category: 'Weather' }).view, 'nothing passes: the empty state').to.be.undefined;
    expect(pickItem(tagged, undefined, { category: 'sport', index: 1 }).view!.id).to.equal('b');
  });

  it('orders a list newest first, ignoring ranks, for order="latest"', () => {
    expect(ids(trendingItems(tagged.items, 10, 'latest'))).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(ids(trendingItems(tagged.items, 10, 'rank'))).to.deep.equal(['c', 'b', 'a', 'd']);
    expect(ids(newestFirst(tagged.items))).to.deep.equal(['b', 'c', 'a', 'd']);
  });

  it('knows whether a feed is ranked', () => {
    expect(hasRanks(tagged.items)).to.be.true;
    expect(hasRanks(tagged.items.filter((i) => i.id !== 'c'))).to.be.false;
  });
});

describe('playable', () => {
  const withAttachments = (attachments: unknown[]) =>
    normaliseFeed({ items: [{ id: 'p', title: 'Episode', attachments }] }).items[0]!;

  it('finds an item’s first audio or video attachment, whatever the case of its type', () => {
    const pdf = { url: 'https://cdn.example/notes.pdf', mime_type: 'application/pdf' };
    const video = { url: 'https://cdn.example/clip.mp4', mime_type: 'Video/MP4' };
    const audio = { url: 'https://cdn.example/ep.mp3', mime_type: 'audio/mpeg' };
    expect(playable(withAttachments([pdf, video, audio]))!.url).to.equal(video.url);
    expect(playable(withAttachments([pdf, audio]))!.url).to.equal(audio.url);
    expect(playable(withAttachments([pdf]))).to.be.undefined;
  });
});
