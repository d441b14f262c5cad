// The browser half of @web/test-runner-visual-regression ships without types.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline called `name`. */
  export function visualDiff(element: Element, name: string): Promise<void>;
}
