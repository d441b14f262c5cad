import { expect } from '@open-wc/testing';
import { LANGUAGES as ALL, loadMessages, loadedMessages } from '../../src/format/strings.js';
import { en } from '../../src/format/messages.js';
import { newStoriesMessage } from '../../src/format/new-stories.js';
import { resolveLocale } from '../../src/format/locale.js';

/** The language modules this page has fetched so far, by file name. */
const fetchedLanguages = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/src\/format\/languages\/([\w-]+)\.[jt]s/.exec(entry.name)?.[1])
    .filter(Boolean);

/** Every language with words of its own but English (built in). */
const LANGUAGES = ALL.filter((language) => language !== 'en');

describe('loadMessages', () => {
  it('gives a French widget French words, from one module fetched once', async () => {
    expect(loadedMessages('fr'), 'not at hand before it has loaded').to.be.undefined;
    const french = await loadMessages('fr-FR');
    expect(french.retry).to.equal('Réessayer');
    expect(loadedMessages('fr-CA'), 'at hand once loaded, for every region').to.equal(french);
    expect(await loadMessages('fr-CA')).to.equal(french);
    expect(fetchedLanguages()).to.deep.equal(['fr']);
  });

  it('loads a language once, whatever its region or script', async () => {
    const [a, b] = await Promise.all([loadMessages('de'), loadMessages('de-AT')]);
    expect(a).to.equal(b);
    expect(await loadMessages('de-CH')).to.equal(a);
    const chinese = await loadMessages('zh-CN');
    for (const tag of ['zh', 'zh-TW', 'zh-Hant-HK', 'zh_TW']) expect(await loadMessages(tag), tag).to.equal(chinese);
    expect(fetchedLanguages().filter((name) => name === 'de' || name === 'zh')).to.deep.equal(['de', 'zh']);
  });

  it('speaks English, at once, in a language without words of its own', async () => {
    for (const tag of ['en', 'en-US', 'en-GB', 'sk-SK', 'sw', 'xx-YY', 'constructor', 'hasOwnProperty', '']) {
      expect(loadedMessages(tag), tag).to.equal(en);
      expect(await loadMessages(tag), tag).to.equal(en);
    }
  });

  it('keeps a language’s words at hand once loaded, for every region, while a widget asks again', async () => {
    const german = await loadMessages('de');
    expect(german.retry).to.not.equal(en.retry);
    const again = loadMessages('de-AT');
    expect(loadedMessages('de-CH')).to.equal(german);
    expect(await again).to.equal(german);
  });
});

describe('messages', () => {
  it('has every reader-facing string in every language', async () => {
    expect(LANGUAGES, 'the README’s list').to.deep.equal([
      ...['fr', 'de', 'es', 'it', 'pt', 'nl'],
      ...['ar', 'bn', 'el', 'fa', 'he', 'hi', 'hu', 'id', 'ja', 'ko', 'pl', 'ru', 'sv', 'tr', 'uk', 'ur', 'zh'],
    ]);
    const languages = await Promise.all(LANGUAGES.map((tag) => loadMessages(tag)));
    // Plural forms differ by language (Arabic has more, Japanese fewer): each needs "other".
    const keys = (m: object): string[] =>
      Object.entries(m).flatMap(([k, v]) =>
        k === 'newStories' || k === 'moreStories'
          ? [`${k}.other`]
          : typeof v === 'object'
            ? keys(v as object).map((s) => `${k}.${s}`)
            : [k],
      );
    const english = keys(en).sort();
    languages.forEach((messages, i) => {
      const tag = LANGUAGES[i]!;
      expect(keys(messages).sort(), tag).to.deep.equal(english);
      expect(messages.newStories.other, tag).to.contain('{count}');
      expect(messages.moreStories.other, tag).to.contain('{count}');
      expect(messages.retry, tag).to.not.equal(en.retry);
    });
  });

  it('announces new stories with the plural rules of the language', async () => {
    const [fr, ar, ja] = await Promise.all(['fr', 'ar', 'ja'].map((tag) => loadMessages(tag)));
    expect(newStoriesMessage(en, 'en', 1)).to.equal('1 new story');
    expect(newStoriesMessage(en, 'en', 3)).to.equal('3 new stories');
    expect(newStoriesMessage(fr!, 'fr', 1)).to.equal('1 nouvel article');
    expect(newStoriesMessage(ar!, 'ar', 2)).to.equal('خبران جديدان');
    expect(newStoriesMessage(ja!, 'ja', 4)).to.equal('新着ニュース4件');
  });

  it('counts in Russian with its three forms for whole numbers, and in Hebrew with its dual', async () => {
    const [ru, he] = await Promise.all(['ru', 'he'].map((tag) => loadMessages(tag)));
    const russian = [1, 2, 5, 11, 21, 22, 25, 101].map((count) => newStoriesMessage(ru!, 'ru', count));
    expect(russian).to.deep.equal([
      '1 новый материал',
      '2 новых материала',
      '5 новых материалов',
      '11 новых материалов',
      '21 новый материал',
      '22 новых материала',
      '25 новых материалов',
      '101 новый материал',
    ]);
    expect([1, 2, 3, 20].map((count) => newStoriesMessage(he!, 'he', count))).to.deep.equal([
      'כתבה חדשה אחת',
      'שתי כתבות חדשות',
      '3 כתבות חדשות',
      '20 כתבות חדשות',
    ]);
  });

  it('counts in Urdu with its singular and plural, and in Persian, whose noun after a number stays singular', async () => {
    const [ur, fa] = await Promise.all(['ur', 'fa'].map((tag) => loadMessages(tag)));
    expect([1, 2, 11].map((count) => newStoriesMessage(ur!, 'ur', count))).to.deep.equal([
      '1 نئی خبر',
      '2 نئی خبریں',
      '11 نئی خبریں',
    ]);
    expect([1, 7].map((count) => newStoriesMessage(fa!, 'fa', count))).to.deep.equal(['1 خبر تازه', '7 خبر تازه']);
  });

  it('counts in Hindi with its singular for 0 and 1, and in Bengali with its classifier for every number', async () => {
    const [hi, bn] = await Promise.all(['hi', 'bn'].map((tag) => loadMessages(tag)));
    expect([0, 1, 2].map((count) => newStoriesMessage(hi!, 'hi', count))).to.deep.equal([
      '0 नई ख़बर',
      '1 नई ख़बर',
      '2 नई ख़बरें',
    ]);
    expect([1, 5].map((count) => newStoriesMessage(bn!, 'bn', count))).to.deep.equal(['1টি নতুন খবর', '5টি নতুন খবর']);
  });

  it('counts in Polish and Ukrainian with their three forms for whole numbers (12 to 14 take the third)', async () => {
    const [pl, uk] = await Promise.all(['pl', 'uk'].map((tag) => loadMessages(tag)));
    const counts = [1, 2, 5, 12, 21, 22, 25];
    expect(counts.map((count) => newStoriesMessage(pl!, 'pl', count))).to.deep.equal([
      '1 nowa wiadomość',
      '2 nowe wiadomości',
      '5 nowych wiadomości',
      '12 nowych wiadomości',
      // Polish's "one" is 1 alone: 21 takes the third form, where Ukrainian's takes the first.
      '21 nowych wiadomości',
      '22 nowe wiadomości',
      '25 nowych wiadomości',
    ]);
    expect(counts.map((count) => newStoriesMessage(uk!, 'uk', count))).to.deep.equal([
      '1 новий матеріал',
      '2 нові матеріали',
      '5 нових матеріалів',
      '12 нових матеріалів',
      '21 новий матеріал',
      '22 нові матеріали',
      '25 нових матеріалів',
    ]);
  });

  it('counts in Greek and Swedish with a singular and a plural, and in Turkish, Indonesian and Hungarian with one form', async () => {
    const [el, sv, tr, id, hu] = await Promise.all(['el', 'sv', 'tr', 'id', 'hu'].map((tag) => loadMessages(tag)));
    expect([1, 3].map((count) => newStoriesMessage(el!, 'el', count))).to.deep.equal(['1 νέα είδηση', '3 νέες ειδήσεις']);
    expect([1, 3].map((count) => newStoriesMessage(sv!, 'sv', count))).to.deep.equal(['1 ny artikel', '3 nya artiklar']);
    expect([1, 3].map((count) => newStoriesMessage(tr!, 'tr', count))).to.deep.equal(['1 yeni haber', '3 yeni haber']);
    expect([1, 3].map((count) => newStoriesMessage(id!, 'id', count))).to.deep.equal(['1 berita baru', '3 berita baru']);
    expect([1, 3].map((count) => newStoriesMessage(hu!, 'hu', count))).to.deep.equal(['1 új hír', '3 új hír']);
  });

  it('gives a widget of a feed in the old Hebrew code `iw` the Hebrew words', async () => {
    const locale = resolveLocale(undefined, 'iw');
    expect(locale).to.equal('he');
    expect((await loadMessages(locale)).retry).to.equal('נסו שוב');
  });

  it('gives a widget of a feed in the old Indonesian code `in` (Java’s, before JDK 17) the Indonesian words', async () => {
    const locale = resolveLocale(undefined, 'in-ID');
    expect(locale).to.equal('id-ID');
    expect((await loadMessages(locale)).retry).to.equal('Coba lagi');
  });
});
