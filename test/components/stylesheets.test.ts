import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../../src/define.js';

// An engine drops a whole rule whose selector or at-rule it does not know (`:host-context()` is
// Chromium's alone, for one), silently: the widget then looks right in one engine only. Every
// rule of every widget's stylesheets must survive parsing in the engine the test runs in
// (`npm test` runs it in Chromium, Firefox and WebKit).

/** Each rule's prelude in the CSS source, nested rules included: the text before each `{`. */
function preludes(css: string): string[] {
  const found: string[] = [];
  let start = 0;
  for (let i = 0; i < css.length; i += 1) {
    if (css[i] === '{') found.push(css.slice(start, i).trim());
    if (css[i] === '{' || css[i] === '}' || css[i] === ';') start = i + 1;
  }
  return found;
}

/** How many rules with a block an engine kept, nested rules included. */
function kept(rules: CSSRuleList): number {
  let count = 0;
  for (const rule of rules) {
    if ('style' in rule || 'cssRules' in rule) count += 1;
    if ('cssRules' in rule) count += kept((rule as CSSGroupingRule).cssRules);
  }
  return count;
}

/** A rule's source prelude when the engine's serialisation of the sheet has none like it. */
function dropped(source: string[], sheet: CSSStyleSheet): string[] {
  const squash = (css: string) => css.replace(/\s+/g, '').replace(/"/g, "'");
  const text = squash([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
  return source.filter((prelude) => !prelude.startsWith('@') && !text.includes(squash(prelude).split(',')[0]!));
}

describe('widget stylesheets', () => {
  for (const tag of ['news-card', 'news-article', 'news-trending']) {
    it(`<${tag}>: this engine keeps every rule`, () => {
      const styles = (customElements.get(tag) as unknown as { elementStyles: CSSResult[] }).elementStyles;
      expect(styles.length).to.be.above(0);
      for (const style of styles) {
        const source = preludes(style.cssText.replace(/\/\*[\s\S]*?\*\//g, ''));
        const sheet = style.styleSheet ?? new CSSStyleSheet();
        if (!style.styleSheet) sheet.replaceSync(style.cssText);
        expect(kept(sheet.cssRules), `rules dropped: ${dropped(source, sheet).join(' | ') || '(at-rules)'}`).to.equal(
          source.length,
        );
      }
    });
  }
});
