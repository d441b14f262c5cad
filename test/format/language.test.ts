import { expect } from '@open-wc/testing';
import { enGB } from 'date-fns/locale/en-GB';
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { ENGLISH, loadLanguage, messagesFor, type Language } from '../../src/format/language.js';
import { newStoriesMessage } from '../../src/format/new-stories.js';
import { absoluteDate, relativeTime } from '../../src/format/relative-time.js';

const now = new Date('2024-06-26T17:47:26.798Z');
const HOUR = 3_600_000;
const fiveHoursAgo = new Date(now.getTime() - 5 * HOUR);
const aMonthAgo = new Date(now.getTime() - 30 * 24 * HOUR);
/** "5 hours ago" as a language says it. */
const spoken = (language: Language) => relativeTime(fiveHoursAgo, { now, locale: language.dateLocale });

/** The language modules this page has fetched so far, by file name. */
const fetchedLanguages = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/src\/format\/languages\/([\w-]+)\.[jt]s/.exec(entry.name)?.[1])
    .filter(Boolean);

/** Every language with a chunk, as the widgets' `locale` attribute spells them. */
const LANGUAGES = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'ar', 'he', 'ja', 'zh', 'en-GB', 'zh-TW'];
/** Those with strings of their own (he and en-GB speak English). */
const TRANSLATED = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'ar', 'ja', 'zh', 'zh-TW'];

describe('loadLanguage', () => {
  it('gives a French widget French strings and French relative times, from one module', async () => {
    expect(messagesFor('fr').retry, 'English until French has loaded').to.equal('Try again');
    const french = await loadLanguage('fr-FR');
    expect(french.messages.retry).to.equal('Réessayer');
    expect(spoken(french)).to.equal('il y a 5 heures');
    expect(absoluteDate(aMonthAgo, french.dateLocale)).to.equal('27 mai 2024');
    expect(messagesFor('fr-CA')).to.equal(french.messages);
    expect(fetchedLanguages()).to.deep.equal(['fr']);
  });

  it('loads a language once, whatever its region', async () => {
    const [a, b] = await Promise.all([loadLanguage('de'), loadLanguage('de-AT')]);
    expect(a).to.equal(b);
    expect(await loadLanguage('de-CH')).to.equal(a);
    expect(fetchedLanguages().filter((name) => name === 'de')).to.have.length(1);
  });

  it('falls back to English for a language without a chunk', async () => {
    for (const tag of ['en', 'en-US', 'sw', 'xx-YY', 'constructor', '']) {
      expect(await loadLanguage(tag), tag).to.equal(ENGLISH);
      expect(messagesFor(tag), tag).to.equal(ENGLISH.messages);
    }
    expect(spoken(await loadLanguage('sw'))).to.equal('5 hours ago');
  });

  it('resolves region and script variants as before', async () => {
    const british = await loadLanguage('en-GB');
    expect(british.messages).to.equal(ENGLISH.messages);
    expect(british.dateLocale.code).to.equal('en-GB');
    expect(spoken(british)).to.equal('5 hours ago');
    expect(absoluteDate(aMonthAgo, british.dateLocale)).to.equal('27 May 2024');

    const chinese = await loadLanguage('zh');
    expect(chinese.dateLocale.code).to.equal('zh-CN');
    expect(await loadLanguage('zh-CN')).to.equal(chinese);
    expect(await loadLanguage('zh-Hans-TW'), 'script before region').to.equal(chinese);
    const traditional = await loadLanguage('zh-TW');
    expect(traditional.dateLocale.code).to.equal('zh-TW');
    expect(spoken(traditional)).to.equal('5 小時前');
    // No Traditional strings yet: zh-TW keeps its own copy of the Simplified ones.
    expect(traditional.messages).to.deep.equal(chinese.messages);
    for (const tag of ['zh-Hant', 'zh-Hant-HK', 'zh_TW']) {
      expect((await loadLanguage(tag)).dateLocale.code, tag).to.equal('zh-TW');
    }

    const portuguese = await loadLanguage('pt-BR');
    expect(portuguese).to.equal(await loadLanguage('pt'));
    expect(portuguese.dateLocale.code).to.equal('pt');
    expect(messagesFor('pt-BR')).to.equal(portuguese.messages);

    const hebrew = await loadLanguage('he-IL');
    expect(hebrew.dateLocale.code).to.equal('he');
    expect(hebrew.messages, 'no Hebrew strings yet').to.equal(ENGLISH.messages);
  });

  it('words British relative times exactly as date-fns en-GB does', async () => {
    const { dateLocale } = await loadLanguage('en-GB');
    for (const minutes of [1, 2, 59, 60, 359, 1439, 1440, 10079]) {
      for (const sign of [1, -1]) {
        const date = new Date(now.getTime() - sign * minutes * 60_000);
        const expected = formatDistanceStrict(date, now, { addSuffix: true, roundingMethod: 'floor', locale: enGB });
        expect(relativeTime(date, { now, locale: dateLocale }), `${sign * minutes} min`).to.equal(expected);
      }
    }
  });
});

describe('messages', () => {
  it('has every reader-facing string in every language', async () => {
    const languages = await Promise.all(LANGUAGES.map((tag) => loadLanguage(tag)));
    // Plural forms differ by language (Arabic has more, Japanese fewer): each needs "other".
    const keys = (m: object): string[] =>
      Object.entries(m).flatMap(([k, v]) =>
        k === 'newStories' || k === 'moreStories' ? [`${k}.other`] : typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k],
      );
    const english = keys(ENGLISH.messages).sort();
    languages.forEach(({ messages }, i) => {
      const tag = LANGUAGES[i]!;
      expect(keys(messages).sort(), tag).to.deep.equal(english);
      expect(messages.newStories.other, tag).to.contain('{count}');
      expect(messages.moreStories.other, tag).to.contain('{count}');
      if (TRANSLATED.includes(tag)) expect(messages.retry, tag).to.not.equal(ENGLISH.messages.retry);
      expect(messagesFor(tag), tag).to.equal(messages);
    });
  });

  it('announces new stories with the plural rules of the language', async () => {
    const [fr, ar, ja] = await Promise.all(['fr', 'ar', 'ja'].map((tag) => loadLanguage(tag)));
    expect(newStoriesMessage(ENGLISH.messages, 'en', 1)).to.equal('1 new story');
    expect(newStoriesMessage(ENGLISH.messages, 'en', 3)).to.equal('3 new stories');
    expect(newStoriesMessage(fr!.messages, 'fr', 1)).to.equal('1 nouvel article');
    expect(newStoriesMessage(ar!.messages, 'ar', 2)).to.equal('خبران جديدان');
    expect(newStoriesMessage(ja!.messages, 'ja', 4)).to.equal('新着ニュース4件');
  });
});
