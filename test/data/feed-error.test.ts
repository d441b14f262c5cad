import { expect } from '@open-wc/testing';
import { FeedError, toFeedError } from '../../src/data/feed-error.js';

describe('FeedError', () => {
  it('is named FeedError, for logs and error reporters', () => {
    const error = new FeedError('http', 'The feed server answered 503.', { status: 503, url: 'https://x.example/f' });
    expect(error.name).to.equal('FeedError');
    expect(String(error)).to.equal('FeedError: The feed server answered 503.');
    expect(error).to.include({ kind: 'http', status: 503, url: 'https://x.example/f' });
  });
});

describe('toFeedError', () => {
  const url = 'https://x.example/feed.json';

  it('keeps a FeedError as it is', () => {
    const error = new FeedError('timeout', 'Too slow.', { url });
    expect(toFeedError(error, 'https://other.example/')).to.equal(error);
  });

  it('makes anything else a network failure with its message, the feed URL and the original as cause', () => {
    const thrown = new TypeError('Failed to fetch');
    const error = toFeedError(thrown, url);
    expect(error).to.be.instanceOf(FeedError);
    expect(error).to.include({ kind: 'network', message: 'Failed to fetch', url, cause: thrown });
    expect(error.transient).to.be.true;
  });

  it('words a thrown value that is not an Error as it is', () => {
    expect(toFeedError('offline', url).message).to.equal('offline');
    expect(toFeedError(undefined, url).message).to.equal('undefined');
  });
});
