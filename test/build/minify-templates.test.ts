import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyTemplateLiterals } from '../../scripts/build/minify-templates.js';
import { base, tokens } from '../../src/styles/shared.styles.js';
import { cardStyles } from '../../src/components/card/card.styles.js';
import { articleStyles } from '../../src/components/article/article.styles.js';
import { trendingStyles } from '../../src/components/trending/trending.styles.js';

/** The static text of a css`` template, minified as the CDN build does it. */
const minified = (cssText: string) => minifyTemplateLiterals(`css\`${cssText}\``).slice(4, -1);

describe('minifyTemplateLiterals: CSS', () => {
  it('drops comments, white space around punctuation and the last semicolon', () => {
    expect(minified(' /* a comment */\n  .a ,\n  .b {\n    color : red ;\n    margin: 0 auto;\n  }\n')).to.equal(
      ' .a,.b{color :red;margin:0 auto}',
    );
  });

  it('drops leading zeros from numbers, and only from numbers', () => {
    expect(minified('a{inset: 0.22lh 0;margin-inline: 0.4em;letter-spacing: -0.01em;flex: 1 0 0.5%}')).to.equal(
      'a{inset:.22lh 0;margin-inline:.4em;letter-spacing:-.01em;flex:1 0 .5%}',
    );
    expect(minified('a{width: 10.5px;opacity: calc(1 * 0.5)}')).to.equal('a{width:10.5px;opacity:calc(1 * .5)}');
    expect(minified(".line.w-30,.a0.b{content: '0.5 0.5';background: url(0.5.png)}")).to.equal(
      ".line.w-30,.a0.b{content:'0.5 0.5';background:url(0.5.png)}",
    );
  });

  it('joins selector combinators, but keeps the descendant space and the spaces calc() needs', () => {
    expect(minified('}.dots > * + *::before{a:b}')).to.equal('}.dots>*+*::before{a:b}');
    expect(minified('}.a ~ .b,.c+ .d{a:b}')).to.equal('}.a~.b,.c+.d{a:b}');
    expect(minified("}:host([layout='compact']) .card,a :hover{a:b}")).to.equal(
      "}:host([layout='compact']) .card,a :hover{a:b}",
    );
    expect(minified('a{font-size: clamp(1.6rem, 1.2rem + 2.2cqi, 2.5rem);width: calc(100% - 0.5rem + 1px)}')).to.equal(
      'a{font-size:clamp(1.6rem,1.2rem + 2.2cqi,2.5rem);width:calc(100% - .5rem + 1px)}',
    );
    // A custom property's value may hold braces: it is no selector.
    expect(minified('a{--x: calc(1px + 2px) {b}}')).to.equal('a{--x:calc(1px + 2px){b}}');
  });

  it('drops the spaces around a slash, never making a comment of it', () => {
    expect(minified('a{border-radius: calc(var(--r) / 2);aspect-ratio: 16 / 9}')).to.equal(
      'a{border-radius:calc(var(--r)/2);aspect-ratio:16/9}',
    );
    expect(minified('a{b: c * / d}')).to.equal('a{b:c * /d}');
  });

  it('keeps at-rule preludes valid', () => {
    expect(minified('@media (prefers-reduced-motion: no-preference) {\n  .a { b: c }\n}')).to.equal(
      '@media (prefers-reduced-motion:no-preference){.a{b:c}}',
    );
    expect(minified('}@media screen and (min-width: 30em) and (width > 0.5em) { a { b: c } }')).to.equal(
      '}@media screen and (min-width:30em) and (width>.5em){a{b:c}}',
    );
    expect(minified('}@container (min-width: 32rem) { a + b { c: d } }')).to.equal('}@container (min-width:32rem){a+b{c:d}}');
  });

  it('leaves strings as written', () => {
    expect(minified("a::before{content: '·';quotes: '  ,  ' \"  /  \"}")).to.equal(
      "a::before{content:'·';quotes:'  ,  ' \"  /  \"}",
    );
    expect(minified("[title='a  +  b'] + b{c:d}")).to.equal("[title='a  +  b'] + b{c:d}");
    expect(minified('a{clip-path: inset(50%);b: c /* : 0.5 */}')).to.equal('a{clip-path:inset(50%);b:c}');
  });

  it('keeps a comment that touches no white space, which parts the tokens either side', () => {
    expect(minified('a{margin:1px/**/2px}')).to.equal('a{margin:1px/**/2px}');
  });

  it('leaves interpolations alone, and text that one interrupts', () => {
    const source = "css`\n  :host {\n    ${x}\n  }\n  a { content: ' ${y}  , '; b: 0.5em; }\n  /* ${z} */\n`";
    expect(minifyTemplateLiterals(source)).to.equal("css` :host{${x}}a{content:' ${y}  , ';b:.5em}/* ${z} */ `");
    expect(minifyTemplateLiterals('css`a{margin:${n}0.5em}`'), 'no digit joins the one before').to.equal(
      'css`a{margin:${n}0.5em}`',
    );
    expect(minifyTemplateLiterals('css`${sel} + a{b:c}`')).to.equal('css`${sel} + a{b:c}`');
  });

  it('leaves a template with escapes as written', () => {
    const source = "css`\n  a::before { content: '\\\\201C'; }\n`";
    expect(minifyTemplateLiterals(source)).to.equal(source);
  });

  it('minifies templates inside interpolations, and nothing outside templates', () => {
    const source = "const a = 'css`'; html`<p>\n  ${ok ? css`a { b: 0.5em; }` : nothing}\n</p>`";
    expect(minifyTemplateLiterals(source)).to.equal("const a = 'css`'; html`<p> ${ok ? css`a{b:.5em}` : nothing} </p>`");
  });
});

describe('minifyTemplateLiterals: the widgets\' styles', () => {
  // Chromium's CSSOM of the source and of the minified text must match. Values holding var()
  // (and custom properties) keep their text as written, so Chromium cannot normalise them: for
  // those, white space beside a comma or a slash, which parts no tokens, is not compared.
  const declarations = (style: CSSStyleDeclaration) =>
    [...style].map((name) => {
      const value = style.getPropertyValue(name);
      const text = /var\(|^--/.test(value) || name.startsWith('--') ? value.replace(/\s*([,/])\s*/g, '$1') : value;
      return [name, text, style.getPropertyPriority(name)];
    });
  const rules = (list: CSSRuleList): unknown[] =>
    [...list].map((rule) => {
      if (rule instanceof CSSStyleRule) return [rule.selectorText, declarations(rule.style), rules(rule.cssRules)];
      if (rule instanceof CSSKeyframesRule) return [rule.name, rules(rule.cssRules)];
      if (rule instanceof CSSKeyframeRule) return [rule.keyText, declarations(rule.style)];
      if (rule instanceof CSSConditionRule) return [rule.constructor.name, rule.conditionText, rules(rule.cssRules)];
      return rule.cssText;
    });
  const parsed = (text: string) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return rules(sheet.cssRules);
  };

  const styles: Record<string, CSSResult> = { tokens, base, cardStyles, articleStyles, trendingStyles };
  for (const [name, style] of Object.entries(styles)) {
    it(`reads ${name} exactly as the source`, () => {
      const text = minified(style.cssText);
      expect(text.length).to.be.below(style.cssText.length);
      expect(parsed(text)).to.deep.equal(parsed(style.cssText));
    });
  }
});
