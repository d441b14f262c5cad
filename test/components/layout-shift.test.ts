import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsCard } from '../../src/index.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

describe('layout shift', () => {
  it('stays at or below 0.01 while a card, a trending list and an article load a slow feed', async () => {
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) if (!entry.hadRecentInput) shift += entry.value;
    });
    observer.observe({ type: 'layout-shift' });
    const page = await fixture<HTMLDivElement>(html`<div style="width: 760px; font-family: 'Noto Sans', sans-serif">
      <news-card src="/feeds-test/slow/600" article-id="kenya-tax-protests"></news-card>
      <news-trending src="/feeds-test/slow/600"></news-trending>
      <news-article src="/feeds-test/slow/600" article-id="kenya-tax-protests"></news-article>
      <p>Content of the host page below the widgets.</p>
    </div>`);
    await Promise.all([...page.querySelectorAll<NewsCard>('news-card, news-trending, news-article')].map((el) => el.loadComplete));
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    console.log(`cumulative layout shift: ${shift.toFixed(4)}`);
    expect(shift).to.be.at.most(0.01);
  });
});
