import { expect } from '@open-wc/testing';
import { fr } from 'date-fns/locale/fr';
import { ar } from 'date-fns/locale/ar';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { english } from '../../src/format/english.js';
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
    expect(relativeTime(ago(5 * HOUR), { now, locale: fr })).to.equal('il y a 5 heures');
    expect(absoluteDate(ago(30 * DAY), fr)).to.equal('27 mai 2024');
  });

  it('shows nothing for an invalid or missing date, never "Invalid Date"', () => {
    expect(relativeTime(new Date('nope'), { now })).to.equal('');
    expect(relativeTime(undefined, { now })).to.equal('');
    expect(absoluteDate(new Date(Number.NaN))).to.equal('');
  });
});

describe('the built-in English wording', () => {
  it('says exactly what date-fns en-US says, for every unit, past and future', () => {
    const base = new Date('2024-06-26T12:00:00Z');
    for (const ms of [1_000, 30_000, 60_000, 5 * MIN, HOUR, 5 * HOUR, DAY, 3 * DAY, 40 * DAY, 400 * DAY, 1200 * DAY]) {
      for (const sign of [1, -1]) {
        const other = new Date(base.getTime() + sign * ms);
        for (const addSuffix of [true, false]) {
          const options = { addSuffix, roundingMethod: 'floor' as const };
          expect(formatDistanceStrict(other, base, { ...options, locale: english }), `${sign * ms} ${addSuffix}`).to.equal(
            formatDistanceStrict(other, base, { ...options, locale: enUS }),
          );
        }
      }
    }
  });
});

describe('relative wording', () => {
  it('matches date-fns formatDistanceStrict (rounding down) in every locale, past and future', () => {
    for (const locale of [english, fr, de, ar]) {
      for (const ms of [MIN, 90_000, 59 * MIN, HOUR, 5 * HOUR + 59 * MIN, 23 * HOUR, DAY, 6 * DAY + 23 * HOUR]) {
        for (const sign of [1, -1]) {
          const date = new Date(now.getTime() - sign * ms);
          const expected = formatDistanceStrict(date, now, { addSuffix: true, roundingMethod: 'floor', locale });
          expect(relativeTime(date, { now, locale }), `${locale.code} ${sign * ms}`).to.equal(expected);
        }
      }
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
