import { expect } from '@open-wc/testing';
import { selectItem, trendingItems } from '../../src/data/select.js';
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

describe('selectItem', () => {
  it('picks the first item without an id', () => {
    expect(selectItem(feed, undefined).view!.id).to.equal('old');
  });

  it('picks the item by id, with its language', () => {
    expect(selectItem(feed, 'mid')).to.deep.include({ language: 'fr' });
  });

  it('throws not-found for an unknown id', () => {
    expect(() => selectItem(feed, 'nope')).to.throw(FeedError).with.property('kind', 'not-found');
  });

  it('gives no item for an empty feed', () => {
    expect(selectItem(normaliseFeed({ items: [] }), undefined).view).to.be.undefined;
  });
});
