import { expect } from '@open-wc/testing';
import { normaliseFeed } from '../../src/data/normalise.js';
import { FeedError } from '../../src/data/feed-error.js';

// What normaliseFeed tells a developer about a feed it had to repair: one warning per feed, in
// words, each problem with the path of the field it was found at.

const V11 = 'https://jsonfeed.org/version/1.1';

function warningsFor(json: unknown): string[] {
  const warnings: string[] = [];
  normaliseFeed(json, { baseUrl: 'https://news.example/feed.json', warn: (m) => warnings.push(m) });
  return warnings;
}

describe('the repairs warning', () => {
  it('names every repair of an untidy feed, in one sentence, field by field', () => {
    const warnings = warningsFor({
      version: V11,
      title: 'Untidy',
      authors: 'Desk',
      items: [
        {
          id: true,
          url: 'ftp://files.example/story',
          title: 'Zero',
          image: 'mailto:desk@news.example',
          date_published: 'soon',
          author: 'Jane Roe',
          tags: 'News',
          attachments: [
            { url: 'https://cdn.example/a.mp3' },
            { url: 'https://cdn.example/b.mp3', mime_type: 'audio/mpeg', size_in_bytes: -1 },
          ],
          _news: { trending_rank: 0, key_points: [1, 'Kept'], sources: ['Plain name'] },
        },
        {
          id: 'dup',
          title: 'One',
          authors: [{ url: 'https://a.example/' }],
          tags: Array.from({ length: 51 }, (_, i) => `t${i}`),
          _news: 'Politics',
        },
        { id: 'dup', title: 'Two' },
      ],
    });
    expect(warnings).to.deep.equal([
      'the feed was repaired where it could be: ' +
        'feed.authors: not an array, ignored; ' +
        'items[0].url: not a safe http(s) URL, ignored; ' +
        'items[0].image: not a safe http(s) URL, ignored; ' +
        'items[0].date_published: not an RFC 3339 or RFC 822 date, ignored; ' +
        'items[0].tags: given as text, taken as a list; ' +
        'items[0].attachments[0]: no url or mime_type, ignored; ' +
        'items[0].attachments[1].size_in_bytes: not a number of 0 or more, ignored; ' +
        'items[0].author: given as text, taken as a name; ' +
        'items[0]._news.key_points[0]: not a string, ignored; ' +
        'items[0]._news.trending_rank: not a whole number of 1 or more, ignored; ' +
        'items[0].id: not a string, derived from the item; ' +
        'items[1].authors[0]: no name, ignored; ' +
        'items[1].tags: 51 entries, only the first 50 read; ' +
        'items[1]._news: not an object, ignored; ' +
        'items[2]: duplicate id, ignored.',
    ]);
  });

  it('counts a problem met in many items once, however many items there are', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ title: `Story ${i}`, tags: [i] }));
    expect(warningsFor({ version: V11, items })).to.deep.equal([
      'the feed was repaired where it could be: ' +
        '12 × items[].tags[]: not a string, ignored (first: items[0].tags[0]); ' +
        '12 × items[].id: missing, derived from the item (first: items[0].id).',
    ]);
  });

  it('ignores a list given as a number', () => {
    expect(warningsFor({ version: V11, items: [{ id: 'a', title: 'A', tags: 42 }] })).to.deep.equal([
      'the feed was repaired where it could be: items[0].tags: not an array, ignored.',
    ]);
  });

  it('says nothing about a tidy feed, whatever it leaves out or sets to null', () => {
    const warnings = warningsFor({
      version: V11,
      title: 'Tidy',
      description: null,
      items: [
        {
          id: 'a',
          title: 'A',
          summary: null,
          url: 'mailto:desk@news.example',
          content_html: '<p>Body</p>',
          tags: Array.from({ length: 50 }, (_, i) => `t${i}`),
          attachments: Array.from({ length: 10 }, (_, i) => ({ url: `https://cdn.example/${i}.mp3`, mime_type: 'audio/mpeg' })),
          _news: { category: 'World', sources: ['Plain name'], trending_rank: 1 },
        },
        { id: 'b', title: 'B', _news: null },
      ],
    });
    expect(warnings).to.deep.equal([]);
  });

  it('says nothing about a feed of exactly as many items as it reads', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: String(i), title: `Item ${i}` }));
    expect(warningsFor({ version: V11, items })).to.deep.equal([]);
  });

  it('names the items it left unread', () => {
    const items = Array.from({ length: 1001 }, (_, i) => ({ id: String(i), title: `Item ${i}` }));
    expect(warningsFor({ version: V11, items })).to.deep.equal([
      'the feed was repaired where it could be: items: 1001 items, only the first 1000 read.',
    ]);
  });

  it('tells why input that is not a feed is refused', () => {
    expect(() => normaliseFeed({ title: 'No items' }))
      .to.throw(FeedError, 'The feed is not a JSON Feed: it has no "items" array.')
      .with.property('kind', 'format');
  });
});

describe('reading fields', () => {
  const one = (item: Record<string, unknown>) => normaliseFeed({ version: V11, items: [{ id: 'a', title: 'A', ...item }] }).items[0]!;

  it('keeps a mailto: link but loads no mailto: picture', () => {
    const item = one({ url: 'mailto:desk@news.example', image: 'mailto:desk@news.example' });
    expect(item.url).to.equal('mailto:desk@news.example');
    expect(item.image).to.be.undefined;
  });

  it('trims an HTML body, and takes a blank one as none', () => {
    expect(one({ content_html: '\n  <p>Body</p>\n' }).contentHtml).to.equal('<p>Body</p>');
    expect(one({ content_html: '   ' }).contentHtml).to.be.undefined;
  });

  it('reads at most ten attachments of an item', () => {
    const attachments = Array.from({ length: 12 }, (_, i) => ({ url: `https://cdn.example/${i}.mp3`, mime_type: 'audio/mpeg' }));
    expect(one({ attachments }).attachments).to.have.length(10);
  });

  it('keeps an attachment of no size or no length, and none of an endless one', () => {
    const [attachment] = one({
      attachments: [{ url: 'https://cdn.example/a.mp3', mime_type: 'audio/mpeg', size_in_bytes: 0, duration_in_seconds: 0 }],
    }).attachments;
    expect(attachment).to.include({ sizeInBytes: 0, durationInSeconds: 0 });
    const [endless] = one({
      attachments: [{ url: 'https://cdn.example/a.mp3', mime_type: 'audio/mpeg', size_in_bytes: Infinity }],
    }).attachments;
    expect(endless!.sizeInBytes).to.be.undefined;
  });

  it('drops a JSON Feed 1.0 author without a name', () => {
    expect(one({ author: { url: 'https://a.example/' } }).authors).to.deep.equal([]);
  });

  it('takes no bare string for a list of authors', () => {
    expect(one({ authors: 'Jane Roe' }).authors).to.deep.equal([]);
  });

  it('gives a feed without a version an empty one', () => {
    expect(normaliseFeed({ items: [] }).version).to.equal('');
  });
});
