import type { Plugin } from 'vite';

/**
 * Minifies the CSS and HTML inside Lit's css`` and html`` templates of our own sources for
 * the CDN builds, where every byte is paid by someone else's page. Only changes that cannot
 * alter meaning: comments go, and runs of white space that hold a line break become one
 * space in HTML (which the browser collapses anyway) and nothing around CSS punctuation.
 * Interpolations (`${…}`) are left exactly as they are.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'news-widgets:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !TAG.test(code)) return null;
      return { code: rewrite(code), map: null };
    },
  };
}

// A tagged template: `css` or `html` right before a backtick, not part of a longer name
// (`lit-html`) or inside a quoted name in a comment.
const TAG = /(?<![\w.$`'-])(css|html)`/;

function rewrite(code: string): string {
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
    // Walk the template: static text is minified, `${…}` copied as is (braces balanced,
    // nested templates recursed into).
    let text = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        out += minify(text, kind);
        text = '';
        const end = interpolationEnd(code, i + 2);
        out += '${' + rewrite(code.slice(i + 2, end)) + '}';
        i = end + 1;
      } else {
        text += code[i];
        i += 1;
      }
    }
    out += minify(text, kind) + '`';
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

function minify(text: string, kind: 'css' | 'html'): string {
  if (kind === 'html') return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ');
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}
