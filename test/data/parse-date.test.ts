import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/data/parse-date.js';

const iso = (value: string) => parseDate(value)?.toISOString();

/**
 * Runs `read` with the reader's clock in another time zone where the engine lets a test change
 * it (Node, through TZ); a browser page keeps the zone the test runner gives it (UTC).
 */
function inTimeZone<T>(zone: string, read: () => T): T {
  const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
  const before = env?.TZ;
  if (env) env.TZ = zone;
  try {
    return read();
  } finally {
    if (env && before === undefined) delete env.TZ;
    else if (env) env.TZ = before;
  }
}

describe('parseDate', () => {
  it('reads RFC 3339 dates with any offset or none', () => {
    expect(iso('2024-06-17T09:30:00.000Z')).to.equal('2024-06-17T09:30:00.000Z');
    expect(iso('2024-06-18T10:00:00+02:00')).to.equal('2024-06-18T08:00:00.000Z');
    expect(iso('2024-06-18t10:00:00z')).to.equal('2024-06-18T10:00:00.000Z');
    expect(iso('2024-06-17')).to.equal('2024-06-17T00:00:00.000Z');
  });

  it('reads a date-time without a zone as UTC, whatever the reader\'s time zone', () => {
    expect(iso('2022-07-26 13:01:01')).to.equal('2022-07-26T13:01:01.000Z');
    expect(iso('2018-01-06T08:00')).to.equal('2018-01-06T08:00:00.000Z');
  });

  it('reads a date-time without a zone as UTC in New York too', () => {
    const dates = inTimeZone('America/New_York', () =>
      ['2018-01-06T08:00', '2022-07-26 13:01:01.5', '2024-06-18t10:00:00', '2024-06-17'].map(iso),
    );
    expect(dates).to.deep.equal([
      '2018-01-06T08:00:00.000Z',
      '2022-07-26T13:01:01.500Z',
      '2024-06-18T10:00:00.000Z',
      '2024-06-17T00:00:00.000Z',
    ]);
  });

  it('reads a date with white space around it', () => {
    expect(iso('  2024-06-17T09:30:00Z\n')).to.equal('2024-06-17T09:30:00.000Z');
    expect(iso('\n\tFri, 31 May 2019 12:17:58 -0700  ')).to.equal('2019-05-31T19:17:58.000Z');
  });

  it('reads RFC 822 dates with numeric zones, as RSS writes them', () => {
    expect(iso('Fri, 31 May 2019 12:17:58 -0700')).to.equal('2019-05-31T19:17:58.000Z');
    expect(iso('Mon, 3 Jun 2024 08:05:00 +0530')).to.equal('2024-06-03T02:35:00.000Z');
  });

  it('reads named zones, short years, no seconds, long month names and no day name', () => {
    expect(iso('Tue, 10 Jun 2003 04:00:00 GMT')).to.equal('2003-06-10T04:00:00.000Z');
    expect(iso('10 Jun 03 04:00 EDT')).to.equal('2003-06-10T08:00:00.000Z');
    expect(iso('Sat, 07 September 2002 00:00:01 PST')).to.equal('2002-09-07T08:00:01.000Z');
    expect(iso('07 Sep 2002 00:00:01 UT')).to.equal('2002-09-07T00:00:01.000Z');
    expect(iso('Wed, 02 Oct 2002 15:00:00 +0200')).to.equal('2002-10-02T13:00:00.000Z');
  });

  it('reads January, and two-digit years as RFC 2822 says (00 to 49: 2000s, 50 to 99: 1900s)', () => {
    expect(iso('Wed, 15 Jan 2020 10:00:00 GMT')).to.equal('2020-01-15T10:00:00.000Z');
    expect(iso('15 Jan 49 10:00 GMT')).to.equal('2049-01-15T10:00:00.000Z');
    expect(iso('15 Jan 50 10:00 GMT')).to.equal('1950-01-15T10:00:00.000Z');
    expect(iso('15 Jan 99 10:00 GMT')).to.equal('1999-01-15T10:00:00.000Z');
  });

  it('reads British Summer Time, as British sites write it', () => {
    // Sky Sports: an hour ahead of UTC.
    expect(iso('Fri, 17 May 2019 06:00:00 BST')).to.equal('2019-05-17T05:00:00.000Z');
  });

  it('takes a zone RFC 822 does not know as UTC, and no zone too', () => {
    expect(iso('Wed, 02 Oct 2002 15:00:00 XYZ')).to.equal('2002-10-02T15:00:00.000Z');
    expect(iso('Wed, 02 Oct 2002 15:00:00')).to.equal('2002-10-02T15:00:00.000Z');
  });

  it('refuses what Date would only guess at, and fields out of range', () => {
    for (const value of [
      'June 17, 2024',
      '17/06/2024',
      '1718616600',
      '2024-13-45T99:99:99Z',
      '',
      'yesterday',
      'Fri, 31 Foo 2019 12:17:58 -0700',
      'Thu, 31 Apr 2019 12:17:58 GMT',
      'Fri, 31 May 2019 25:17:58 GMT',
      'Fri, 31 May 2019 12:75:00 GMT',
      'Fri, 31 May 2019 24:00:00 GMT',
    ]) {
      expect(parseDate(value), value).to.be.undefined;
    }
  });
});
