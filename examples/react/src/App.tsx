import { useEffect, useState } from 'react';
import type { NewsSelectEvent } from 'news-widgets';

const FEED_URL = '/feed.json';

export function App() {
  // One fetch for every widget: the parsed feed goes to each as the `feed` property.
  const [feed, setFeed] = useState<unknown>();
  const [storyId, setStoryId] = useState('kenya-tax-protests');

  useEffect(() => {
    const controller = new AbortController();
    fetch(FEED_URL, { signal: controller.signal })
      .then((response) => response.json())
      .then(setFeed)
      .catch((error: unknown) => {
        if (!controller.signal.aborted) console.warn('The feed could not be loaded:', error);
      });
    return () => controller.abort();
  }, []);

  // Cancel the event to keep the reader in the app instead of following the headline's link.
  const select = (event: NewsSelectEvent) => {
    event.preventDefault();
    setStoryId(event.detail.item.id);
  };

  return (
    <main style={{ maxWidth: '60rem', margin: '2rem auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>World news</h1>
      {feed === undefined ? (
        <p>Loading the news…</p>
      ) : (
        <>
          <news-trending feed={feed} limit={3} onnews-select={select} />
          <news-article feed={feed} article-id={storyId} />
        </>
      )}
    </main>
  );
}
