import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { duration } from '../../src/format/duration.js';

// The length shown beside a podcast episode or a video, as a reader says it.
describe('duration', () => {
  let tags = 0;

  it('says seconds under a minute, whole minutes under an hour, then hours and minutes', () => {
    expect(duration(45, 'en')).to.equal('45 sec');
    expect(duration(59.4, 'en')).to.equal('59 sec');
    expect(duration(60, 'en')).to.equal('1 min');
    expect(duration(90, 'en'), 'rounded to the nearest minute').to.equal('2 min');
    expect(duration(2520, 'en')).to.equal('42 min');
    expect(duration(3569, 'en')).to.equal('59 min');
    expect(duration(3570, 'en'), '59.5 minutes is an hour').to.equal('1 hr');
    expect(duration(3900, 'en')).to.equal('1 hr 5 min');
    expect(duration(7200, 'en')).to.equal('2 hr');
    expect(duration(7170, 'en'), '119.5 minutes is two hours').to.equal('2 hr');
  });

  it("speaks the reader's language, with a formatter for each language and unit", () => {
    // (French puts a narrow no-break space between a number and its unit.)
    expect(duration(3900, 'fr').replace(/\s/g, ' ')).to.equal('1 h 5 min');
    expect(duration(3900, 'en')).to.equal('1 hr 5 min');
    expect(duration(30, 'de').replace(/\s/g, ' ')).to.equal('30 Sek.');
    expect(duration(30, 'en')).to.equal('30 sec');
  });

  it('makes a formatter for each unit the first time a language needs it, then reuses it', () => {
    // A language tag no test has used yet (a private-use subtag changes nothing in the words), so
    // the formatters are made here, not found in the cache an earlier test filled.
    const fr = `fr-x-d${++tags}`;
    const made = sinon.spy(Intl, 'NumberFormat');
    try {
      expect(duration(3900, fr).replace(/\s/g, ' ')).to.equal('1 h 5 min');
      expect(duration(2520, fr).replace(/\s/g, ' ')).to.equal('42 min');
      expect(duration(7200, fr).replace(/\s/g, ' ')).to.equal('2 h');
      expect(duration(30, fr).replace(/\s/g, ' ')).to.equal('30 s');
      expect(made.callCount, 'hours, minutes, seconds').to.equal(3);
    } finally {
      made.restore();
    }
  });

  it('shows nothing for no length, or one that is not a length', () => {
    for (const seconds of [undefined, 0, -60, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(duration(seconds, 'en'), String(seconds)).to.equal('');
    }
  });
});
