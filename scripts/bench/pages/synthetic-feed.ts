// A large, realistic JSON Feed built in memory, so the benchmarks measure the widgets and
// not the network. Deterministic: the same count always gives the same stories.

const CATEGORIES = ['World', 'Politics', 'Business', 'Science', 'Culture', 'Sport'];
const WORDS = (
  'minister announces plan talks border vote court ruling market shares climate summit ' +
  'election coalition protest budget reform trade deal inquiry report council strike ' +
  'energy prices health agency ceasefire envoy parliament record harvest flood storm'
).split(' ');
const SOURCES = [
  { name: 'Le Monde', url: 'https://www.lemonde.fr/' },
  { name: 'Reuters', url: 'https://www.reuters.com/' },
  'Associated Press',
];

function words(seed: number, count: number): string {
  const out: string[] = [];
  let x = seed * 2654435761;
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]);
  }
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

/**
 * A JSON Feed 1.1 object with `count` items: headline, summary, tags, an author and the `_news`
 * extension. A quarter of the items carry a trending rank; dates run back from `now` in
 * 17-minute steps, so both relative ("3 hours ago") and absolute dates get formatted.
 */
export function syntheticFeed(count: number, now = Date.now()): Record<string, unknown> {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `story-${i}`,
    url: `https://news.example/${CATEGORIES[i % CATEGORIES.length].toLowerCase()}/story-${i}`,
    title: `${words(i, 9)} (${i})`,
    summary: `${words(i + 7919, 28)}.`,
    date_published: new Date(now - (i + 1) * 17 * 60_000).toISOString(),
    tags: [CATEGORIES[(i + 2) % CATEGORIES.length], 'news'],
    authors: [{ name: `Reporter ${i % 40}`, url: `https://news.example/people/${i % 40}` }],
    _news: {
      category: CATEGORIES[i % CATEGORIES.length],
      sources: SOURCES.slice(0, 1 + (i % SOURCES.length)),
      ...(i % 4 === 0 ? { trending_rank: i / 4 + 1 } : {}),
    },
  }));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Benchmark feed',
    home_page_url: 'https://news.example/',
    language: 'en',
    items,
  };
}
