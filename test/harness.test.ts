import { expect } from '@open-wc/testing';

// The test pages themselves, in every engine: two run at once, and a page the browser treats as
// hidden (a background tab in Firefox) gets no animation frames, so any test waiting for one,
// as fixture() does for an element without updateComplete, stalls until its time limit.
describe('the test page', () => {
  it('is visible and gets animation frames', async () => {
    expect(document.visibilityState).to.equal('visible');
    const frame = new Promise<'frame'>((resolve) => requestAnimationFrame(() => resolve('frame')));
    const late = new Promise<'none'>((resolve) => setTimeout(() => resolve('none'), 3000));
    expect(await Promise.race([frame, late])).to.equal('frame');
  });
});
