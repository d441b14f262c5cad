import { expect } from '@open-wc/testing';
import { normaliseFeed } from '../../src/data/normalise.js';

// The ids normaliseFeed derives for items that come without one: a page may name them
// (`item-id`), so they must not change with the item's place in the feed, a reload, or a new
// version of the library.

const feedOf = (items: unknown[]) => normaliseFeed({ version: 'https://jsonfeed.org/version/1.1', items });
/** Each item's id, by its summary (which the derived id does not depend on). */
const idsBySummary = (items: unknown[]) => Object.fromEntries(feedOf(items).items.map((item) => [item.summary, item.id]));

describe('derived ids', () => {
  it('stay the same for the same untitled item, from one version of the library to the next', () => {
    expect(feedOf([{ title: 'Same' }]).items[0]!.id).to.equal('item-lnt74r');
    expect(feedOf([{ title: 'Same', date_modified: '2024-01-02T03:04:05Z' }]).items[0]!.id).to.equal('item-u6wate');
    expect(feedOf([{ title: 'Same', content_html: '<p>x</p>' }]).items[0]!.id).to.equal('item-d810sy');
  });

  it('tell apart items of one title by their date or their text, wherever they stand in the feed', () => {
    const items = [
      { title: 'Same', summary: 'undated' },
      { title: 'Same', summary: 'published', date_published: '2024-01-01T00:00:00Z' },
      { title: 'Same', summary: 'modified', date_modified: '2024-01-02T03:04:05Z' },
      { title: 'Same', summary: 'html', content_html: '<p>Body</p>' },
      { title: 'Same', summary: 'text', content_text: 'Body' },
    ];
    const forwards = idsBySummary(items);
    expect(idsBySummary([...items].reverse())).to.deep.equal(forwards);
    expect(new Set(Object.values(forwards)).size).to.equal(items.length);
    for (const id of Object.values(forwards)) expect(id).to.match(/^item-[0-9a-z]+$/);
  });

  it('stay the same when an item’s text grows past its first 500 characters', () => {
    const text = 'Live: '.repeat(100);
    const before = feedOf([{ title: 'Live', content_text: text }]).items[0]!.id;
    expect(feedOf([{ title: 'Live', content_text: `${text} Update at noon.` }]).items[0]!.id).to.equal(before);
    expect(feedOf([{ title: 'Live', content_text: `Update. ${text}` }]).items[0]!.id).not.to.equal(before);
  });

  it('stand in for an id that is blank or not a finite number', () => {
    const feed = feedOf([
      { id: '  ', title: 'Blank', url: 'https://news.example/blank' },
      { id: Number.NaN, title: 'NaN', url: 'https://news.example/nan' },
      { id: Infinity, title: 'Endless', url: 'https://news.example/endless' },
    ]);
    expect(feed.items.map((item) => item.id)).to.deep.equal([
      'https://news.example/blank',
      'https://news.example/nan',
      'https://news.example/endless',
    ]);
  });

  it('are made unique with the item’s place, even against an empty id the feed gave', () => {
    const feed = feedOf([
      { url: 'https://news.example/a', title: 'One' },
      { id: '', url: 'https://news.example/a', title: 'Two' },
    ]);
    expect(feed.items.map((item) => [item.title, item.id])).to.deep.equal([
      ['One', 'https://news.example/a'],
      ['Two', 'https://news.example/a#1'],
    ]);
  });
});

describe('untitled items', () => {
  it('keep a long summary that their headline only begins', () => {
    const summary = 'word '.repeat(60).trim();
    const [item] = feedOf([{ id: 'a', summary }]).items;
    expect(item!.title.endsWith('…')).to.be.true;
    expect(item!.summary).to.equal(summary);
  });
});
