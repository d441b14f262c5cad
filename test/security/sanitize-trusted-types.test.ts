// The library's one Trusted Types policy (src/sanitize/trusted-types.ts): what a host page with
// `require-trusted-types-for 'script'` allows by name, and what the sanitiser and the XML reader
// hand feed text through. Node has no Trusted Types and a browser's cannot be asked to refuse a
// name without a CSP header (the csp stage does that), so most tests install a page's policy
// factory of their own, which behaves as the browser's does, and put the real one back after.
import { expect } from '@open-wc/testing';
import type { TrustedTypePolicyOptions } from 'trusted-types/lib/index.js';
import { sanitizeBody } from '../../src/sanitize/html.js';
import { inertHTML, trustedTypesPolicy } from '../../src/sanitize/trusted-types.js';

/** Where a page keeps the policy, for every copy of the library on it. */
const KEY = Symbol.for('news-widgets.trusted-types-policy');
const store = globalThis as unknown as Record<symbol, unknown>;

/**
 * A page's `trustedTypes`: it records the policies created and the HTML they pass on, and, like
 * the browser's, throws a TypeError for a name the page does not allow and calls the policy's rules.
 */
function pageFactory({ allows = true } = {}) {
  const page = { asked: [] as string[], html: [] as string[] };
  const factory = {
    createPolicy(name: string, rules: TrustedTypePolicyOptions) {
      page.asked.push(name);
      if (!allows) throw new TypeError(`Policy "${name}" disallowed.`);
      return {
        name,
        createHTML: (input: string) => {
          const html = rules.createHTML!(input) as string;
          page.html.push(html);
          return html;
        },
        createScriptURL: (input: string) => rules.createScriptURL!(input),
      };
    },
  };
  Object.defineProperty(globalThis, 'trustedTypes', { configurable: true, writable: true, value: factory });
  return page;
}

describe('the Trusted Types policy', () => {
  let saved: { factory?: PropertyDescriptor; policy: unknown };
  beforeEach(() => {
    saved = { factory: Object.getOwnPropertyDescriptor(globalThis, 'trustedTypes'), policy: store[KEY] };
    delete store[KEY];
  });
  afterEach(() => {
    if (saved.factory) Object.defineProperty(globalThis, 'trustedTypes', saved.factory);
    else delete (globalThis as { trustedTypes?: unknown }).trustedTypes;
    if (saved.policy === undefined) delete store[KEY];
    else store[KEY] = saved.policy;
  });

  it('is created once per page, named news-widgets', () => {
    const page = pageFactory();
    const policy = trustedTypesPolicy();
    expect(policy?.name).to.equal('news-widgets');
    expect(trustedTypesPolicy()).to.equal(policy);
    expect(page.asked).to.deep.equal(['news-widgets']);
  });

  it('is shared with another copy of the library on the page, not created twice', () => {
    const page = pageFactory();
    const theirs = { name: 'news-widgets', createHTML: (html: string) => html };
    store[KEY] = theirs;
    expect(trustedTypesPolicy()).to.equal(theirs);
    expect(page.asked).to.deep.equal([]);
  });

  it('passes feed markup on unchanged, and lets a feed load no script', () => {
    pageFactory();
    const policy = trustedTypesPolicy()!;
    expect(policy.createHTML('<p>Story</p><img src=x onerror=alert(1)>')).to.equal(
      '<p>Story</p><img src=x onerror=alert(1)>',
    );
    expect(() => policy.createScriptURL('https://evil.example/x.js')).to.throw(
      TypeError,
      'a feed may not load scripts',
    );
  });

  it('is what the sanitiser parses a feed’s HTML through', () => {
    const page = pageFactory();
    const { body } = sanitizeBody('<p>Hello <b>world</b></p><script>alert(1)</script>');
    expect(page.html).to.include('<p>Hello <b>world</b></p><script>alert(1)</script>');
    expect(body.firstElementChild!.outerHTML).to.equal('<p>Hello <b>world</b></p>');
    expect(body.querySelector('script')).to.be.null;
  });

  it('is what the XML reader’s markup goes through', () => {
    const page = pageFactory();
    expect(inertHTML('<rss><channel/></rss>')).to.equal('<rss><channel/></rss>');
    expect(page.html).to.deep.equal(['<rss><channel/></rss>']);
  });

  it('is none where the page does not allow the name, asked once, and the sanitiser still works', () => {
    const page = pageFactory({ allows: false });
    expect(trustedTypesPolicy()).to.be.undefined;
    expect(trustedTypesPolicy()).to.be.undefined;
    expect(page.asked).to.deep.equal(['news-widgets']);
    expect(
      sanitizeBody('<p>Still <em>sanitised</em><img src=x onerror=alert(1)></p>').body.firstElementChild!.outerHTML,
    ).to.equal('<p>Still <em>sanitised</em></p>');
    expect(inertHTML('<rss/>')).to.equal('<rss/>');
  });

  it('is none where the browser has no Trusted Types', () => {
    Object.defineProperty(globalThis, 'trustedTypes', { configurable: true, value: undefined });
    expect(trustedTypesPolicy()).to.be.undefined;
    expect(inertHTML('<rss/>')).to.equal('<rss/>');
  });
});

describe('the Trusted Types policy in a browser that has them', () => {
  it('is the browser’s own policy, named news-widgets, giving TrustedHTML', function () {
    const { trustedTypes } = globalThis as { trustedTypes?: { isHTML(value: unknown): boolean } };
    if (!trustedTypes) this.skip();
    const policy = trustedTypesPolicy()!;
    expect(policy.name).to.equal('news-widgets');
    expect(trustedTypes!.isHTML(inertHTML('<p>x</p>'))).to.be.true;
    expect(() => policy.createScriptURL('https://evil.example/x.js')).to.throw(
      TypeError,
      'a feed may not load scripts',
    );
  });
});
