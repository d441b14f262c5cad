import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { NewsCard, NewsTrending, defineElement } from '../../src/index.js';
import { firstRenderTurn } from '../../src/internal/first-render.js';
import { $, $$, WORLD, settled } from '../support/helpers.js';

/** Every microtask the task has queued runs, and no task or frame comes between. */
async function microtasksSettle(): Promise<void> {
  for (let i = 0; i < 50; i++) await null;
}

const rendered = (el: Element) => (el.shadowRoot?.childElementCount ?? 0) > 0;

let tags = 0;
/** A fresh tag for a widget class, so its definition upgrades the elements already in the page. */
const freshTag = (name: string) => `${name}-first-render-${++tags}`;

interface LayoutShift extends PerformanceEntry {
  value: number;
}

describe("a widget's first render", () => {
  describe('turns', () => {
    let clock: sinon.SinonFakeTimers;
    /** The frames asked for: each callback runs just before the browser draws one. */
    let frames: FrameRequestCallback[];
    let raf: sinon.SinonStub;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout'] });
      frames = [];
      raf = sinon.stub(window, 'requestAnimationFrame').value((callback: FrameRequestCallback) => frames.push(callback));
    });
    afterEach(() => {
      // No widget of a test is left waiting for a task that will not come.
      clock.runAll();
      clock.restore();
      sinon.restore();
    });

    function waitTurns(count: number): boolean[] {
      const done = Array<boolean>(count).fill(false);
      for (let i = 0; i < count; i++) void firstRenderTurn().then(() => (done[i] = true));
      return done;
    }

    it('lets widgets waiting together go one task at a time, first come first served', async () => {
      const done = waitTurns(3);
      await microtasksSettle();
      expect(done).to.deep.equal([false, false, false]);
      clock.next();
      await microtasksSettle();
      expect(done).to.deep.equal([true, false, false]);
      clock.next();
      await microtasksSettle();
      expect(done).to.deep.equal([true, true, false]);
    });

    it('lets every widget still waiting go just before the browser draws a frame', async () => {
      const done = waitTurns(4);
      clock.next();
      await microtasksSettle();
      expect(done).to.deep.equal([true, false, false, false]);
      frames[0](performance.now());
      await microtasksSettle();
      expect(done).to.deep.equal([true, true, true, true]);
      // The tasks that were to let them go find no one left, and the next widget is not held up.
      clock.runAll();
      const later = waitTurns(1);
      clock.next();
      await microtasksSettle();
      expect(later).to.deep.equal([true]);
    });

    it('lets widgets go by their tasks where there are no frames (jsdom has no requestAnimationFrame)', async () => {
      raf.value(undefined);
      const done = waitTurns(2);
      clock.runAll();
      await microtasksSettle();
      expect(done).to.deep.equal([true, true]);
    });
  });

  describe('in the page', () => {
    let host: HTMLDivElement;
    beforeEach(async () => {
      host = await fixture(html`<div style="width: 700px"></div>`);
    });

    it('renders the widgets a definition upgrades in place after the task that defined them, none drawn empty', async () => {
      const cardTag = freshTag('card');
      const trendingTag = freshTag('trending');
      let shift = 0;
      const shifts = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as LayoutShift[]) shift += entry.value;
      });
      shifts.observe({ type: 'layout-shift' });
      // Widgets in the page when the library defines them, as a page's own are when its script
      // runs; with a feed that takes its time, so the skeletons stay while the page is watched.
      const src = '/feeds-test/slow/1500';
      // In a task of its own, as a page's script runs (not just before a frame is drawn).
      await new Promise((resolve) => setTimeout(resolve));
      host.innerHTML = `<p>Above the widgets.</p>
        <${cardTag} src="${src}"></${cardTag}><${cardTag} src="${src}"></${cardTag}>
        <${trendingTag} src="${src}" limit="2"></${trendingTag}>
        <p>Below the widgets.</p>`;
      const widgets = [...host.querySelectorAll(`${cardTag}, ${trendingTag}`)];
      // Their tasks held back, so that the frame, not a task, lets them go.
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout'] });
      try {
        defineElement(cardTag, class extends NewsCard {});
        defineElement(trendingTag, class extends NewsTrending {});
        await microtasksSettle();
        // Not in the task that defined them, which on a page load also lays the page out.
        expect(widgets.filter(rendered)).to.have.length(0);
        await nextFrame();
        expect(widgets.filter(rendered), 'rendered before the first frame was drawn').to.have.length(3);
      } finally {
        clock.tick(0);
        clock.restore();
      }
      await nextFrame();
      await nextFrame();
      shifts.disconnect();
      // Drawn empty first, the widgets would have pushed the text below them down when their
      // skeletons came: a layout shift the reader sees (measured where the browser reports it).
      expect(shift).to.equal(0);
      for (const el of widgets) expect(el.getBoundingClientRect().height).to.be.greaterThan(40);
      expect($(widgets[0], '[part~="skeleton"]')).to.exist;
      await settled(widgets[2], 5000);
      expect($$(widgets[2], '[part~="item"]')).to.have.length(2);
      // Only the first render waits its turn: an update after it is done in the same task.
      const trending = widgets[2] as NewsTrending;
      trending.requestUpdate();
      await microtasksSettle();
      expect(trending.isUpdatePending).to.equal(false);
    });

    it('renders widgets added by script at once after a definition that failed', async () => {
      expect(() => defineElement('not a tag name', class extends NewsCard {})).to.throw();
      const el = document.createElement('news-card');
      el.setAttribute('src', WORLD);
      host.append(el);
      await microtasksSettle();
      expect($(el, '[part~="skeleton"]')).to.exist;
    });

    it('renders a widget added by script at once, in the task that added it, as before', async () => {
      const el = document.createElement('news-card');
      el.setAttribute('src', WORLD);
      host.append(el);
      await microtasksSettle();
      expect($(el, '[part~="skeleton"]')).to.exist;
      await settled(el);
      expect($(el, '[part~="link"]')?.textContent).to.match(/\S/);
    });
  });
});
