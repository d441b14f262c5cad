#!/usr/bin/env node
/// <reference types="node" />
// `news-widgets`: the command for publishers. `gateway` serves the feed gateway, `check` tells
// whether (and how) a widget can show a feed, `convert` prints a feed as JSON Feed 1.1.
import { parseArgs } from 'node:util';
import { FeedError } from '../data/feed-error.js';
import { UNSAFE_URL } from '../data/read-fields.js';
import type { NewsItem } from '../data/types.js';
import { createGateway } from '../gateway/gateway.js';
import { serveNode } from '../gateway/node.js';
import { convertFeed, readFeed } from '../gateway/read.js';
import { serverSanitizerKind } from '../gateway/server-dom.js';
import { isRightToLeft, primaryLanguage, resolveLocale } from '../format/locale.js';
import { LANGUAGES } from '../format/strings.js';
import { formatName, readSource } from './source.js';

const USAGE = `Usage:
  news-widgets gateway --allow <host> [--allow <host>…] [--port 8787] [--host 127.0.0.1]
                       [--origin <page origin>…] [--ttl 300] [--timeout 10000] [--max-bytes 5242880]
                       [--allow-private]
  news-widgets check <url|file> [--origin https://my.site] [--base <URL the file is served from>]
  news-widgets convert <url|file> [--base <URL the file is served from>]`;

async function check(target: string, origin: string | undefined, base?: string): Promise<number> {
  const lines: string[] = [];
  const say = (label: string, value: string) => lines.push(`${`${label}:`.padEnd(14)}${value}`);
  let ok = true;
  try {
    const source = await readSource(target, origin, base);
    const isUrl = source.status !== undefined;
    say('feed', source.url);
    if (isUrl) say('content type', source.contentType ?? '(none)');
    say('size', `${source.bytes.toLocaleString('en')} bytes`);
    if (isUrl) {
      const header = source.allowOrigin;
      const readable = header === '*' || (origin !== undefined && header === origin);
      const who = origin ?? 'a page on another origin';
      if (readable) say('CORS', `Access-Control-Allow-Origin: ${header}: ${who} can read it`);
      else {
        ok = false;
        say(
          'CORS',
          `${header ? `Access-Control-Allow-Origin: ${header}` : 'no Access-Control-Allow-Origin header'}: ${who} cannot read it (add the header, serve the feed from your own site, or use the gateway)`,
        );
      }
    }
    const warnings: string[] = [];
    const feed = await readFeed(source.text, source.url, {
      contentType: source.contentType,
      warn: (m) => warnings.push(m),
    });
    say('format', formatName(feed));
    say('title', feed.title ?? '(none)');
    say('items', String(feed.items.length));
    say('language', languageLine(feed.language));
    const count = (has: (item: NewsItem) => unknown) =>
      `${feed.items.filter(has).length} of ${feed.items.length} items`;
    say(
      'pictures',
      count((item) => item.image ?? item.bannerImage),
    );
    say(
      'dates',
      count((item) => item.datePublished ?? item.dateModified),
    );
    say('repairs', warnings.length ? warnings.join('\n              ') : 'none');
    // A file read without --base: its relative addresses became file: ones, which no widget takes.
    if (!isUrl && !base && warnings.some((warning) => warning.includes(UNSAFE_URL)))
      say('base', "relative addresses resolved against the file's path: give --base <the URL it is served from>");
    // A site built with its development or placeholder address (Jekyll's `http://localhost:4000`,
    // a starter's `https://example.com`): the feed reads, but its links lead nowhere.
    const nowhere = feed.items.filter((item) =>
      /^https?:\/\/(?:localhost|127\.[\d.]+|\[::1\]|(?:[\w-]+\.)*(?:example(?:\.(?:com|org|net))?|test|local|invalid))(?:[:/?#]|$)/i.test(
        item.url ?? '',
      ),
    );
    if (nowhere.length) {
      say(
        'links',
        `${nowhere.length} of ${feed.items.length} items link to ${new URL(nowhere[0].url!).origin}, a development or placeholder address: set the site's public URL in its generator`,
      );
    }
    const first = feed.items[0];
    if (!first) {
      ok = false;
      say('first item', 'none: a widget shows its empty state');
    } else {
      lines.push('first card:');
      say('  headline', first.title || '(no text: a label such as "Photo")');
      const date = first.datePublished ?? first.dateModified;
      say('  date', date ? date.toISOString() : '(none)');
      say(first.summary ? '  summary' : '  excerpt', first.summary ?? first.excerpt ?? '(none)');
      say('  image', first.image ?? first.bannerImage ?? '(none)');
      // The card names them after the date: an aggregator's publisher, a story's references.
      if (first.sources.length) say('  sources', first.sources.map((source) => source.name).join(' · '));
    }
  } catch (error) {
    ok = false;
    const e = error as FeedError;
    say('error', `${e.kind ? `${e.kind}: ` : ''}${e.message}`);
  }
  lines.push(ok ? 'A widget can show this feed.' : 'A widget could not show this feed.');
  console.log(lines.join('\n'));
  return ok ? 0 : 1;
}

/**
 * What the feed's stated language means for the widgets: its stories' direction, and whether the
 * widgets have words of their own in it (they speak it on a page that states no language).
 */
function languageLine(stated: string | undefined): string {
  if (!stated) return "(none): each story's direction comes from its letters";
  const locale = resolveLocale(stated);
  const language = primaryLanguage(locale);
  const name = new Intl.DisplayNames('en', { type: 'language' }).of(language) ?? language;
  const direction = isRightToLeft(locale) ? 'right to left' : 'left to right';
  const words = LANGUAGES.includes(language)
    ? `the widgets have words in ${name}`
    : `the widgets have no words in ${name}: their labels are in English unless the page gives them words (registerWords), the dates in ${name}`;
  return `${stated} (${name}), ${direction}; ${words}`;
}

async function convert(target: string, base?: string): Promise<number> {
  const source = await readSource(target, undefined, base);
  const json = await convertFeed(source.text, source.url, {
    contentType: source.contentType,
    warn: (message) => console.error(`news-widgets: ${message}`),
  });
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return 0;
}

async function gateway(values: Record<string, unknown>): Promise<number> {
  const number = (name: string) => (values[name] === undefined ? undefined : Number(values[name]));
  const origins = values.origin as string[] | undefined;
  const handler = createGateway({
    allow: (values.allow as string[] | undefined) ?? [],
    origins: origins?.length ? origins : '*',
    ttl: number('ttl'),
    timeout: number('timeout'),
    maxBytes: number('max-bytes'),
    allowPrivate: Boolean(values['allow-private']),
    log: (message) => console.error(message),
  });
  const server = await serveNode(handler, {
    port: number('port') ?? 8787,
    host: (values.host as string | undefined) ?? '127.0.0.1',
  });
  // Load the sanitiser's DOM now, not on the first request, and say which sanitiser runs.
  console.error(
    (await serverSanitizerKind()) === 'jsdom'
      ? 'article bodies are sanitised by DOMPurify on jsdom'
      : 'article bodies are sanitised without a DOM (parse5); install jsdom to use DOMPurify',
  );
  console.log(`news-widgets gateway on ${server.origin}/feed?url=<feed URL>`);
  if (values['allow-private']) console.log('allow-private is on: for local testing only.');
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await server.close();
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      allow: { type: 'string', multiple: true },
      origin: { type: 'string', multiple: true },
      base: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      ttl: { type: 'string' },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
      'allow-private': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'gateway') return gateway(values);
  if ((command === 'check' || command === 'convert') && target) {
    return command === 'check' ? check(target, values.origin?.[0], values.base) : convert(target, values.base);
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`news-widgets: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
