// What the render benchmark compares before it times anything: the component and its
// hand-written baseline must build the same thing, or the ratio measures different work.
// test/bench-baseline.test.ts checks the same in every test run.

/** What a reader and a stylesheet see: the text, and every element with its part and class. */
export function shape(host: Element): string {
  const root = host.shadowRoot!;
  const nodes = [...root.querySelectorAll('*')].map(
    (el) => `${el.localName}[${el.getAttribute('part') ?? ''}|${el.getAttribute('class') ?? ''}]`,
  );
  // Whitespace is left out: the component's template has whitespace between its elements.
  return `${(root.textContent ?? '').replace(/\s+/g, '')}\n${nodes.join(' ')}`;
}
