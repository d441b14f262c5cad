import { expect } from '@open-wc/testing';
import { relativeTime, absoluteDate } from '../../src/format/relative-time.js';
import { resolveLocale, isRightToLeft, inheritedLang } from '../../src/format/locale.js';

const now = new Date('2024-06-26T17:47:26.798Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('relativeTime', () => {
  it('says how long ago in English by default', () => {
    expect(relativeTime(ago(5 * HOUR), { now })).to.equal('5 hours ago');
    expect(relativeTime(ago(5 * HOUR + 59 * MIN), { now })).to.equal('5 hours ago');
    expect(relativeTime(ago(3 * MIN), { now })).to.equal('3 minutes ago');
    expect(relativeTime(ago(2 * DAY), { now })).to.equal('2 days ago');
  });

  it('says "just now" under a minute, and for a date slightly in the future', () => {
    expect(relativeTime(ago(20_000), { now })).to.equal('just now');
    expect(relativeTime(ago(-20_000), { now })).to.equal('just now');
  });

  it('shows a date past a week', () => {
    expect(relativeTime(ago(30 * DAY), { now })).to.equal('May 27, 2024');
  });

  it('speaks the given locale', () => {
    expect(relativeTime(ago(5 * HOUR), { now, locale: 'fr' })).to.equal('il y a 5 heures');
    expect(absoluteDate(ago(30 * DAY), 'fr')).to.equal('27 mai 2024');
  });

  it('shows nothing for an invalid or missing date, never "Invalid Date"', () => {
    expect(relativeTime(new Date('nope'), { now })).to.equal('');
    expect(relativeTime(undefined, { now })).to.equal('');
    expect(absoluteDate(new Date(Number.NaN))).to.equal('');
  });
});

describe('relative wording', () => {
  it('counts whole units, rounding down, past and future', () => {
    for (const [ms, past, future] of [
      [MIN, '1 minute ago', 'in 1 minute'],
      [90_000, '1 minute ago', 'in 1 minute'],
      [59 * MIN + 59_000, '59 minutes ago', 'in 59 minutes'],
      [HOUR, '1 hour ago', 'in 1 hour'],
      [5 * HOUR + 59 * MIN, '5 hours ago', 'in 5 hours'],
      [23 * HOUR + 59 * MIN, '23 hours ago', 'in 23 hours'],
      [DAY, '1 day ago', 'in 1 day'],
      [6 * DAY + 23 * HOUR, '6 days ago', 'in 6 days'],
    ] as const) {
      expect(relativeTime(ago(ms), { now }), `${ms}`).to.equal(past);
      expect(relativeTime(ago(-ms), { now }), `${-ms}`).to.equal(future);
    }
    expect(relativeTime(ago(7 * DAY), { now }), 'a week: a date').to.equal('Jun 19, 2024');
    expect(relativeTime(ago(-7 * DAY), { now })).to.equal('Jul 3, 2024');
  });

  it('words every language through the platform', () => {
    for (const [locale, minutes, hours, days, date] of [
      ['fr', 'il y a 3 minutes', 'il y a 5 heures', 'il y a 2 jours', '27 mai 2024'],
      ['de', 'vor 3 Minuten', 'vor 5 Stunden', 'vor 2 Tagen', '27.05.2024'],
      ['es', 'hace 3 minutos', 'hace 5 horas', 'hace 2 días', '27 may 2024'],
      ['ja', '3 分前', '5 時間前', '2 日前', '2024/05/27'],
      ['en-GB', '3 minutes ago', '5 hours ago', '2 days ago', '27 May 2024'],
      ['sw', 'dakika 3 zilizopita', 'saa 5 zilizopita', 'siku 2 zilizopita', '27 Mei 2024'],
    ] as const) {
      expect(relativeTime(ago(3 * MIN), { now, locale }), locale).to.equal(minutes);
      expect(relativeTime(ago(5 * HOUR), { now, locale }), locale).to.equal(hours);
      expect(relativeTime(ago(2 * DAY), { now, locale }), locale).to.equal(days);
      expect(relativeTime(ago(30 * DAY), { now, locale }), locale).to.equal(date);
    }
  });
});

describe('locales', () => {
  it('picks the first well-formed candidate, else English', () => {
    expect(resolveLocale(undefined, '', 'not a locale!', 'de-de')).to.equal('de-DE');
    expect(resolveLocale(undefined, null)).to.equal('en');
  });

  it('knows which languages are written right to left', () => {
    expect(['ar', 'he-IL', 'fa', 'ur'].every(isRightToLeft)).to.be.true;
    expect(isRightToLeft('en')).to.be.false;
  });

  it('finds the lang of the nearest ancestor, through shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'nl';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(inheritedLang(inner)).to.equal('nl');
  });
});
