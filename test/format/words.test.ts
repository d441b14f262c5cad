import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { registerWords, type Words } from '../../src/format/words.js';
import { loadMessages, loadedMessages } from '../../src/format/strings.js';
import { en } from '../../src/format/messages.js';
import { newStoriesMessage } from '../../src/format/new-stories.js';

// The words a page gives (`registerWords`); widgets speaking them: test/components/words.test.ts.
// Words are the page's, and in Node (test/node) every file of a folder shares one: each test
// gives them for a language no other test uses.

describe('registerWords', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('gives a language without words of its own the words given, and English for the rest', async () => {
    registerWords('cs', {
      trending: 'Nejčtenější',
      error: { http: 'Zpravodajská služba teď není dostupná.' },
      errorTitle: { unavailable: 'Zprávy nejsou dostupné' },
    });
    const czech = loadedMessages('cs-CZ')!;
    expect(czech).to.include({ trending: 'Nejčtenější', latest: en.latest, retry: en.retry });
    expect(czech.error).to.deep.equal({ ...en.error, http: 'Zpravodajská služba teď není dostupná.' });
    expect(czech.errorTitle).to.deep.equal({ ...en.errorTitle, unavailable: 'Zprávy nejsou dostupné' });
    expect(await loadMessages('cs'), 'the same words, for every region').to.equal(czech);
    expect(loadedMessages('sk'), 'another language keeps English').to.equal(en);
    expect(en.trending, 'the built-in English words stay as they are').to.equal('Trending');
    expect(warn.called).to.be.false;
  });

  it('changes some of a loaded language’s own words, adding to the words given before', async () => {
    const italian = await loadMessages('it');
    registerWords('it-CH', { trending: 'I più letti' });
    registerWords('it', { latest: 'Ultime notizie' });
    expect(loadedMessages('it-IT')).to.include({ trending: 'I più letti', latest: 'Ultime notizie', retry: italian.retry });
    expect(italian.retry).to.not.equal(en.retry);
    expect(italian.trending, 'the language’s own words stay as they are').to.not.equal('I più letti');
  });

  it('counts with the given plural forms, by the language’s rules', async () => {
    registerWords('lt', {
      newStories: { one: '{count} nauja istorija', few: '{count} naujos istorijos', many: '{count} naujos istorijos', other: '{count} naujų istorijų' },
    });
    const lithuanian = await loadMessages('lt-LT');
    expect(newStoriesMessage(lithuanian, 'lt', 1)).to.equal('1 nauja istorija');
    expect(newStoriesMessage(lithuanian, 'lt', 3)).to.equal('3 naujos istorijos');
    expect(newStoriesMessage(lithuanian, 'lt', 10)).to.equal('10 naujų istorijų');
    expect(lithuanian.moreStories, 'a count not given stays English').to.deep.equal(en.moreStories);
  });

  it('replaces a count whole: no English form stays among the given ones', () => {
    registerWords('vi', { moreStories: { other: 'thêm {count} tin' } });
    expect(loadedMessages('vi')!.moreStories).to.deep.equal({ other: 'thêm {count} tin' });
  });

  it('leaves out, with a warning, words that do not fit, and keeps the rest', () => {
    registerWords('ro', {
      retry: 'Încearcă din nou',
      tending: 'Populare',
      more: 42,
      keyPoints: { one: 'x' },
      error: { network: 'Știrile nu au putut fi încărcate.', netwrok: 'x', http: null },
      errorTitle: 'Eroare',
      newStories: { one: 'o știre nouă' },
      moreStories: { other: 'încă {count} știri', several: 'x' },
    } as unknown as Words);
    const romanian = loadedMessages('ro')!;
    expect(romanian).to.include({ retry: 'Încearcă din nou', more: en.more, keyPoints: en.keyPoints });
    expect(romanian.error).to.deep.equal({ ...en.error, network: 'Știrile nu au putut fi încărcate.' });
    expect(romanian.errorTitle).to.deep.equal(en.errorTitle);
    expect(romanian.newStories).to.deep.equal(en.newStories);
    expect(romanian.moreStories).to.deep.equal(en.moreStories);
    expect(romanian).to.not.have.property('tending');
    const forms = '(zero, one, two, few, many, other), "other" at least.';
    expect(warn.args.map(([message]) => String(message))).to.deep.equal([
      'news-widgets: registerWords: no word is called "tending".',
      'news-widgets: registerWords: "more" must be a string.',
      'news-widgets: registerWords: "keyPoints" must be a string.',
      'news-widgets: registerWords: no word is called "error.netwrok".',
      'news-widgets: registerWords: "error.http" must be a string.',
      'news-widgets: registerWords: "errorTitle" must be an object of strings.',
      `news-widgets: registerWords: "newStories" must give its plural forms as strings ${forms}`,
      `news-widgets: registerWords: "moreStories" must give its plural forms as strings ${forms}`,
    ]);
  });

  it('gives no word for a name every object has, and changes no object but its own words', () => {
    registerWords('hr', JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "x", "toString": "y", "error": {"hasOwnProperty": "z"}}') as Words);
    const croatian = loadedMessages('hr')!;
    expect(Object.getPrototypeOf(croatian)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    expect(croatian.toString).to.equal(Object.prototype.toString);
    expect(croatian.error).to.deep.equal(en.error);
    expect(warn.args.map(([message]) => String(message))).to.deep.equal([
      'news-widgets: registerWords: no word is called "__proto__".',
      'news-widgets: registerWords: no word is called "constructor".',
      'news-widgets: registerWords: no word is called "toString".',
      'news-widgets: registerWords: no word is called "error.hasOwnProperty".',
    ]);
  });

  it('refuses a malformed language tag and words that are not an object', () => {
    expect(() => registerWords('not a tag', { retry: 'x' })).to.throw(RangeError);
    expect(() => registerWords('da', 'Prøv igen' as unknown as Words)).to.throw(TypeError, 'registerWords: the words must be an object.');
    expect(() => registerWords('da', null as unknown as Words)).to.throw(TypeError);
    expect(loadedMessages('da')).to.equal(en);
  });

  it('takes the names the README’s table lists, each with its English', async () => {
    const readme = await (await fetch(new URL('/README.md', location.href))).text();
    const table = /<!-- words:start[^>]*-->([\s\S]*?)<!-- words:end -->/.exec(readme)![1]!;
    const listed = [...table.matchAll(/^\| `([\w.-]+)` \| (.*?) \| /gm)].map(([, name, english]) => [name, english]);
    const english = Object.entries(en).flatMap(([name, value]) =>
      typeof value === 'string'
        ? [[name, value]]
        : Object.entries(value as Record<string, string>).map(([key, text]) => [`${name}.${key}`, text]),
    );
    expect(listed).to.deep.equal(english);
  });
});
