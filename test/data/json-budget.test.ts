import { expect } from '@open-wc/testing';
import { MAX_JSON_SEPARATORS, tooManyValues } from '../../src/data/json-budget.js';

// The count that refuses a JSON Feed of a million tiny values before `JSON.parse` freezes the
// page (docs/performance.md, Heavy feeds): commas and colons outside strings.

describe('tooManyValues', () => {
  it('counts the commas and colons of a feed, up to the limit', () => {
    const feed = '{"title":"News","items":[1,2]}'; // 2 colons, 2 commas
    expect(tooManyValues(feed, 4), 'at the limit').to.be.false;
    expect(tooManyValues(feed, 3)).to.be.true;
    expect(tooManyValues('{"a":1}', 0), 'a colon counts').to.be.true;
    expect(tooManyValues('[12345678]', 0), 'other characters do not').to.be.false;
  });

  it('does not count what is inside strings, escaped quotes included', () => {
    expect(tooManyValues('["a, b: c", "d\\", e, f: g"]', 1)).to.be.false;
    expect(tooManyValues('["a\\\\", 1, 2]', 1), 'an escaped backslash ends no string early').to.be.true;
  });

  it('lets a rich real feed through and refuses a million tags', () => {
    const item = JSON.stringify({ id: '1', title: 'T', tags: Array.from({ length: 100 }, () => 'a') });
    expect(tooManyValues(`{"items":[${Array.from({ length: 1000 }, () => item).join(',')}]}`)).to.be.false;
    expect(tooManyValues(`{"items":[{"tags":[${'"a",'.repeat(MAX_JSON_SEPARATORS)}"a"]}]}`)).to.be.true;
  });
});
