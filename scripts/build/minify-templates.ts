import type { Plugin } from 'vite';

/**
 * Minifies the CSS and HTML inside Lit's css`` and html`` templates of our own sources for
 * the CDN builds, where every byte is paid by someone else's page. Only changes that cannot
 * alter meaning (see {@link minifyCss}; in HTML, comments go and runs of white space that
 * hold a line break become one space, which the browser collapses anyway). Interpolations
 * (`${…}`) are left exactly as they are.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'news-widgets:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !TAG.test(code)) return null;
      return { code: minifyTemplateLiterals(code), map: null };
    },
  };
}

// A tagged template: `css` or `html` right before a backtick, not part of a longer name
// (`lit-html`) or inside a quoted name in a comment.
const TAG = /(?<![\w.$`'-])(css|html)`/;

/** `code` (TypeScript source) with the static text of every css`` and html`` template minified. */
export function minifyTemplateLiterals(code: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const match = new RegExp(TAG.source, 'g');
    match.lastIndex = i;
    const found = match.exec(code);
    if (!found) return out + code.slice(i);
    const kind = found[1] as 'css' | 'html';
    const start = found.index + found[0].length;
    out += code.slice(i, start);
    i = start;
    // Walk the template: its static text, piece by piece, and the `${…}` between the pieces,
    // copied as is (braces balanced, nested templates recursed into).
    const pieces = [''];
    const holes: string[] = [];
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        pieces[pieces.length - 1] += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        const end = interpolationEnd(code, i + 2);
        holes.push('${' + minifyTemplateLiterals(code.slice(i + 2, end)) + '}');
        pieces.push('');
        i = end + 1;
      } else {
        pieces[pieces.length - 1] += code[i];
        i += 1;
      }
    }
    const minified = kind === 'css' ? minifyCss(pieces) : pieces.map(minifyHtml);
    out += minified.map((piece, n) => (n === 0 ? '' : holes[n - 1]) + piece).join('') + '`';
    i += 1;
  }
}

function interpolationEnd(code: string, from: number): number {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '`') {
      // Skip a nested template literal, with its own interpolations.
      i += 1;
      while (i < code.length && code[i] !== '`') {
        if (code[i] === '\\') i += 1;
        else if (code[i] === '$' && code[i + 1] === '{') i = interpolationEnd(code, i + 2);
        i += 1;
      }
    } else if (c === "'" || c === '"') {
      const quote = c;
      i += 1;
      while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
    } else if (c === '{') depth += 1;
    else if (c === '}') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  throw new Error('unbalanced template interpolation');
}

function minifyHtml(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ');
}

// Text no change may touch: a quoted string, an unquoted url(…), a comment. Each may run on to
// the end of a piece, when a `${…}` interrupts it.
const VERBATIM = /'[^']*'?|"[^"]*"?|\burl\((?!\s*['"])[^)]*\)?|\/\*[\s\S]*?(?:\*\/|$)/gi;
/** How each verbatim run opens and closes, by its first character. */
const DELIMITERS: Record<string, [opener: number, closer: string]> = {
  "'": [1, "'"],
  '"': [1, '"'],
  u: [4, ')'],
  U: [4, ')'],
  '/': [2, '*/'],
};
// Stands for a verbatim run while the rest is rewritten.
const HOLD = '\uE000';

/**
 * The static text of one css`` template, piece by piece (a `${…}` sits between each two).
 * Outside strings, url(…) and comments, and only where CSS reads no difference:
 * - comments go, unless a `${…}` interrupts one or no white space touches it (it may be all
 *   that parts two tokens);
 * - runs of white space become one space, and none is left around `{ } ; , > ~ /` or after
 *   `:` (before `:` it stays: `a :hover` is not `a:hover`), nor around `+` in a selector
 *   (in `calc()`, `+` needs its spaces);
 * - `0.75rem` becomes `.75rem`, and the `;` before `}` goes.
 * Spaces before `(` (`and (`, `@media (`) and after `)` (`:host(…) .a`) stay. A template
 * with a backslash in its text is left as written: telling its JavaScript escapes from its
 * CSS ones is not worth the few bytes.
 */
function minifyCss(pieces: string[]): string[] {
  if (pieces.some((piece) => /[\\\uE000]/.test(piece))) return pieces;
  // What closes a string, url( or comment that a `${…}` interrupted.
  let closer = '';
  return pieces.map((piece) => {
    let kept = '';
    if (closer) {
      const end = piece.indexOf(closer);
      if (end < 0) return piece;
      kept = piece.slice(0, end + closer.length);
      piece = piece.slice(kept.length);
      closer = '';
    }
    const verbatim: string[] = [];
    const code = piece.replace(VERBATIM, (run, at: number) => {
      const [opener, close] = DELIMITERS[run[0]!]!;
      const open = !run.slice(opener).endsWith(close);
      if (open) closer = close;
      // A whole comment beside white space goes: the white space still parts its neighbours.
      const beside = (piece[at - 1] ?? '') + (piece[at + run.length] ?? '');
      if (run[0] === '/' && !open && /\s/.test(beside)) return '';
      verbatim.push(run);
      return HOLD;
    });
    const minified = code
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>~]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/(?<=[^*]) ?\/ ?(?=[^*])/g, '/')
      .replace(/;}/g, '}')
      // A selector runs from `{`, `}` or `;` to the next `{`; at-rules and custom properties
      // (whose values may hold braces) start otherwise.
      .replace(/(?<=[{};])(?!--)[^{};@]*(?={)/g, (selector) => selector.replace(/ ?\+ ?/g, '+'))
      .replace(/(?<=[ :,(/*<>=][-+]?)0\.(?=\d)/g, '.');
    return kept + minified.replace(new RegExp(HOLD, 'g'), () => verbatim.shift()!);
  });
}
