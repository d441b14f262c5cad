import { expect } from '@open-wc/testing';
import { decodeFeed, feedEncoding } from '../../src/data/encoding.js';

// A feed body's text from its bytes, as news sites outside the English-speaking world serve
// them: ISO-8859-1 (Jornal de Notícias, golem.de), windows-1251 (Russian sites), GB2312 (Chinese
// forums), declared in the XML, in the Content-Type, or not at all. The real feeds are read end
// to end in test/real/ (jn-iso-8859-1, uol-latin1-undeclared, kc0011-gb2312).

/** Bytes in a legacy single-byte encoding: each character's code in `table`, else its Latin-1 code. */
const bytes = (text: string, table: Record<string, number> = {}) =>
  Uint8Array.from([...text], (char) => table[char] ?? char.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** "Привет" in windows-1251. */
const CYRILLIC = Object.fromEntries([...'Привет'].map((char, i) => [char, [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2][i]!]));

describe('decoding a feed body', () => {
  it('reads UTF-8, the usual case, and drops its byte-order mark', () => {
    expect(decodeFeed(utf8('<rss><title>Notícias</title></rss>'))).to.equal('<rss><title>Notícias</title></rss>');
    expect(decodeFeed(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('{"title":"é"}')]))).to.equal('{"title":"é"}');
  });

  it('reads the encoding an XML declaration names', () => {
    const latin1 = bytes('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Mãe de utente é a nova presidente</title></rss>');
    expect(decodeFeed(latin1)).to.contain('Mãe de utente é a nova presidente');
    const cyrillic = bytes(`<?xml version='1.0' encoding='windows-1251'?><rss><title>Привет</title></rss>`, CYRILLIC);
    expect(decodeFeed(cyrillic)).to.contain('<title>Привет</title>');
  });

  it('reads a double-byte encoding: GB2312 as browsers read it (GBK)', () => {
    // "新闻" (news) in GB2312.
    const gb = Uint8Array.from([...bytes('<?xml version="1.0" encoding="gb2312"?><title>'), 0xd0, 0xc2, 0xce, 0xc5, ...bytes('</title>')]);
    expect(decodeFeed(gb)).to.contain('<title>新闻</title>');
    expect(feedEncoding(gb)).to.equal('gbk');
  });

  it('reads a declaration after blank lines, with spaces around its =, and only at the start', () => {
    expect(decodeFeed(bytes(`\n\n<?xml version="1.0" encoding = "windows-1251" ?><t>Привет</t>`, CYRILLIC))).to.contain('<t>Привет</t>');
    // A declaration quoted inside the feed is not the feed's.
    const quoted = bytes('<rss><description><![CDATA[<?xml version="1.0" encoding="koi8-r"?>]]></description><t>Café</t></rss>');
    expect(feedEncoding(quoted)).to.equal('windows-1252');
  });

  it('reads the charset of the Content-Type, before the XML declaration', () => {
    const body = bytes('<rss><title>Привет</title></rss>', CYRILLIC);
    expect(decodeFeed(body, 'application/rss+xml; charset=windows-1251')).to.contain('Привет');
    expect(decodeFeed(body, 'text/xml;charset="Windows-1251"')).to.contain('Привет');
    expect(decodeFeed(body, 'text/xml; charset = windows-1251')).to.contain('Привет');
    const declared = bytes('<?xml version="1.0" encoding="ISO-8859-1"?><title>Привет</title>', CYRILLIC);
    expect(decodeFeed(declared, 'text/xml; charset=windows-1251')).to.contain('Привет');
  });

  it('reads valid UTF-8 as UTF-8, whatever the server or the declaration says', () => {
    // Servers are often set to a legacy charset for every file, and templates keep an old declaration.
    const body = utf8('<?xml version="1.0" encoding="ISO-8859-1"?><title>Últimas Notícias</title>');
    expect(decodeFeed(body, 'text/xml; charset=iso-8859-1')).to.contain('Últimas Notícias');
    expect(feedEncoding(body, 'text/xml; charset=iso-8859-1')).to.equal('utf-8');
  });

  it('reads a body that is not UTF-8 and declares nothing as windows-1252, as browsers do', () => {
    // UOL's feed: no XML declaration, Portuguese in Latin-1.
    expect(decodeFeed(bytes('<rss><title>Ibope: simulações de 2º turno</title></rss>'))).to.contain(
      'Ibope: simulações de 2º turno',
    );
    // A charset of UTF-8 that the bytes belie counts for nothing.
    expect(decodeFeed(bytes('<title>Café</title>'), 'text/xml; charset=utf-8')).to.contain('Café');
    // windows-1252 has the curly quotes that ISO-8859-1 leaves to control codes.
    expect(decodeFeed(Uint8Array.from([...bytes('<t>'), 0x93, ...bytes('Olá'), 0x94, ...bytes('</t>')]))).to.equal('<t>“Olá”</t>');
  });

  it('passes over labels it cannot use: unknown, UTF-16 in an ASCII declaration, the replacement encoding', () => {
    const body = bytes('<?xml version="1.0" encoding="x-no-such-thing"?><title>Café</title>');
    expect(feedEncoding(body)).to.equal('windows-1252');
    expect(feedEncoding(bytes('<?xml version="1.0" encoding="UTF-16"?><t>é</t>'))).to.equal('windows-1252');
    expect(feedEncoding(bytes('<t>é</t>'), 'text/xml; charset=iso-2022-kr')).to.equal('windows-1252');
    expect(feedEncoding(bytes('<t>é</t>'), 'text/xml; charset=koi8-r')).to.equal('koi8-r');
  });

  it('takes no byte for a byte-order mark or UTF-16 that only starts like one', () => {
    // 0xEF, 0xFE and 0xFF open a mark only with the bytes after them; "<" without a zero byte beside it is no UTF-16.
    for (const start of [[0xef, 0x41], [0xef, 0xbb, 0x41], [0xff, 0x41], [0xfe, 0x41], [0x41, 0], [0, 0x41], [0x41, 0x3c]]) {
      expect(feedEncoding(Uint8Array.from([...start, 0xe9])), String(start)).to.equal('windows-1252');
    }
  });

  it("keeps the control codes another encoding than windows-1252 gives, which only windows-1252's table fills", () => {
    // 0x98 is unassigned in windows-1251.
    expect(decodeFeed(Uint8Array.from([...bytes('<t>Привет', CYRILLIC), 0x98, ...bytes('</t>')]), 'text/xml; charset=windows-1251')).to.equal(
      '<t>Привет\u0098</t>',
    );
  });

  it('reads UTF-16 by its byte-order mark, or by its first character without one', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><title>Привет</title>';
    const le = Uint8Array.from([...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]));
    const be = Uint8Array.from([...text].flatMap((char) => [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff]));
    expect(decodeFeed(Uint8Array.from([0xff, 0xfe, ...le]))).to.equal(text);
    expect(decodeFeed(Uint8Array.from([0xfe, 0xff, ...be]))).to.equal(text);
    expect(decodeFeed(le)).to.equal(text);
    expect(decodeFeed(be)).to.equal(text);
  });

  it('reads an empty body as empty text', () => {
    expect(decodeFeed(new Uint8Array())).to.equal('');
  });
});
