// axe-core, for the files that audit accessibility (`expect(el).to.be.accessible()`): imported by
// them, it loads once per test page, before the file's first test, in a hook with a minute of its
// own. Loaded at the first audit, it counted against that one test's 10 s, and on a loaded machine
// ran past it; loaded with every test page, its 650 KB cost each of the many files that audit
// nothing most of a second to compile. chai-a11y-axe uses the window.axe it finds.
before(async function () {
  this.timeout(60_000);
  if ('axe' in window) return;
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = resolve;
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
});
