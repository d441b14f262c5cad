import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { relativeTime, absoluteDate, absoluteDateTime, atClock } from '../../src/format/relative-time.js';
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

describe('dates', () => {
  it('gives a date, and a date with its time, in English by default', () => {
    expect(absoluteDate(now)).to.equal('Jun 26, 2024');
    expect(atClock({ now, timeZone: 'UTC' }, () => absoluteDateTime(now))).to.equal('Jun 26, 2024, 5:47 PM');
  });

  it('words a date without a time (midnight UTC) as that day in every time zone, with no time', () => {
    // <dc:date>2005-12-27</dc:date> (an RDF feed of misuzilla.org), bioRxiv's dates.
    const day = new Date('2005-12-27T00:00:00Z');
    for (const timeZone of ['America/Los_Angeles', 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      expect(atClock({ now, timeZone }, () => absoluteDate(day)), timeZone).to.equal('Dec 27, 2005');
      expect(atClock({ now, timeZone }, () => absoluteDateTime(day)), timeZone).to.equal('Dec 27, 2005');
      expect(atClock({ now, timeZone }, () => absoluteDate(day, 'fr')), timeZone).to.equal('27 déc. 2005');
    }
    // A moment a millisecond away is a moment, in the reader's time zone.
    const moment = new Date('2005-12-27T00:00:00.001Z');
    expect(atClock({ now, timeZone: 'America/New_York' }, () => absoluteDate(moment))).to.equal('Dec 26, 2005');
    expect(atClock({ now, timeZone: 'America/New_York' }, () => absoluteDateTime(moment))).to.equal(
      'Dec 26, 2005, 7:00 PM',
    );
  });

  it('shows nothing for an invalid or missing date and time', () => {
    expect(absoluteDateTime(new Date('nope'))).to.equal('');
    expect(absoluteDateTime(undefined, 'fr')).to.equal('');
  });
});

describe('atClock', () => {
  // A server's render: its own moment and time zone, whatever the reader's.
  const server = { now: new Date(now.getTime() + 5 * HOUR), timeZone: 'Asia/Tokyo' };
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: now.getTime() + 2 * HOUR, toFake: ['Date'] })));
  afterEach(() => clock.restore());

  it('words every date as at the clock and in the time zone it is given', () => {
    expect(atClock(server, () => [relativeTime(now), absoluteDate(now), absoluteDateTime(now)])).to.deep.equal([
      '5 hours ago',
      'Jun 27, 2024',
      'Jun 27, 2024, 2:47 AM',
    ]);
    expect(
      atClock({ now: server.now }, () => relativeTime(now, { locale: 'fr' })),
      'with no time zone',
    ).to.equal('il y a 5 heures');
  });

  it('words dates as at the reader’s clock and time zone again once the render returns', () => {
    atClock(server, () => absoluteDateTime(now));
    expect(relativeTime(now)).to.equal('2 hours ago');
    expect(atClock({ now, timeZone: 'UTC' }, () => absoluteDateTime(now))).to.equal('Jun 26, 2024, 5:47 PM');
  });

  it('gives back the clock of the render around it, even when a render throws', () => {
    const outer = atClock(server, () => {
      atClock({ now }, () => relativeTime(now));
      expect(() => atClock({ now }, () => JSON.parse('{'))).to.throw(SyntaxError);
      return relativeTime(now);
    });
    expect(outer).to.equal('5 hours ago');
    expect(() => atClock(server, () => JSON.parse('{'))).to.throw(SyntaxError);
    expect(relativeTime(now)).to.equal('2 hours ago');
  });
});

describe('formatters', () => {
  // A language tag no test has used yet: a private-use subtag changes nothing in the words, and
  // the formatters for it are made here, not found in the cache an earlier test filled.
  let tags = 0;
  const unseen = (language: string) => `${language}-x-t${++tags}`;

  it('makes each formatter the first time a language needs it, then reuses it', () => {
    const relative = sinon.spy(Intl, 'RelativeTimeFormat');
    const dates = sinon.spy(Intl, 'DateTimeFormat');
    try {
      const fr = unseen('fr');
      expect(relativeTime(ago(5 * HOUR), { now, locale: fr })).to.equal('il y a 5 heures');
      expect(relativeTime(ago(2 * DAY), { now, locale: fr })).to.equal('il y a 2 jours');
      expect(absoluteDate(ago(30 * DAY), fr)).to.equal('27 mai 2024');
      expect(absoluteDate(ago(60 * DAY), fr)).to.equal('27 avr. 2024');
      expect(atClock({ now, timeZone: 'UTC' }, () => [absoluteDateTime(now, fr), absoluteDate(now, fr)])).to.deep.equal(
        ['26 juin 2024, 17:47', '26 juin 2024'],
      );
      expect(atClock({ now, timeZone: 'Asia/Tokyo' }, () => absoluteDateTime(now, fr))).to.equal('27 juin 2024, 02:47');
      expect(relative.callCount, 'relative time formatters').to.equal(1);
      // A date; a date and time in UTC, then in Tokyo; a date in UTC.
      expect(dates.callCount, 'date formatters').to.equal(4);
    } finally {
      relative.restore();
      dates.restore();
    }
  });
});

describe('locales', () => {
  it('picks the first well-formed candidate, else English', () => {
    expect(resolveLocale(undefined, '', 'not a locale!', 'de-de')).to.equal('de-DE');
    expect(resolveLocale(undefined, null)).to.equal('en');
  });

  it('reads a tag written with spaces around it', () => {
    expect(resolveLocale(' fr-ca ')).to.equal('fr-CA');
    expect(resolveLocale('   ', '\tsw\n')).to.equal('sw');
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

  it('finds no lang above an element of a server render, which has no tree to look up', () => {
    const serverElement = { getAttribute: () => null, parentElement: null } as unknown as Element;
    expect(inheritedLang(serverElement)).to.be.undefined;
  });
});
