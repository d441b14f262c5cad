import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../format/messages.js';
import { duration } from '../format/duration.js';
import { absoluteDate, absoluteDateTime, isValidDate, relativeTime } from '../format/relative-time.js';
import { itemDate, playable } from '../data/pick.js';
import type { NewsItem } from '../data/types.js';
import { isRightToLeft } from '../format/locale.js';

/** Heading levels a widget's headlines can use. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps a `heading-level` attribute value to 1–6. */
export function headingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const n = Math.trunc(Number(value));
  return n >= 1 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/** The `lang` and `dir` of a feed's text; both absent for the widget's own words. */
export interface TextLanguage {
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}

/** Letters of the scripts written right to left. */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/gu;

/**
 * The language of an item's text, which may differ from the widget's own words: the item's
 * `language`, else its feed's (the normaliser carries it down), with the direction it is
 * written in; `dir="auto"` and no `lang` when neither says (or the tag is malformed), so the
 * text lays itself out by its first strong letter. A language whose direction most of the
 * headline's and summary's letters contradict is not the text's (WordPress says `en` of many an
 * Arabic blog, by default): the letters decide the direction, and no `lang` is claimed.
 */
export function textLanguage(item: NewsItem): { lang?: string; dir: 'ltr' | 'rtl' | 'auto' } {
  try {
    const [lang] = Intl.getCanonicalLocales(item.language?.trim() || []);
    if (lang) {
      const dir = isRightToLeft(lang) ? 'rtl' : 'ltr';
      // The direction most letters of the headline and summary (their first 300 characters) are
      // written in: a Hebrew page's headline may be a Latin name (`Hagigah 23`).
      const sample = `${item.title} ${item.summary ?? item.excerpt ?? ''}`.slice(0, 300);
      const letters = sample.match(/\p{L}/gu)?.length;
      const written = (sample.match(RTL_LETTER) ?? '').length * 2 > letters! ? 'rtl' : 'ltr';
      return letters && written !== dir ? { dir: written } : { lang, dir };
    }
  } catch {
    // a malformed tag says nothing
  }
  return { dir: 'auto' };
}

/** A heading element of the given level, whose part names its class too. */
export function heading(
  level: HeadingLevel,
  part: string,
  content: unknown,
  { lang, dir }: TextLanguage = {},
): TemplateResult {
  const l = lang ?? nothing;
  const d = dir ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${part} lang=${l} dir=${d}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part} lang=${l} dir=${d}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} lang=${l} dir=${d}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} lang=${l} dir=${d}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} lang=${l} dir=${d}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part} lang=${l} dir=${d}>${content}</h6>`;
  }
}

/** The language of an item's headline: its text's, or none (the widget's) for a label such as "Photo". */
export function headlineLanguage(item: NewsItem, text: TextLanguage): TextLanguage {
  return item.title ? text : {};
}

/** `<time>` showing "5 hours ago", with the exact date as its tooltip; nothing for a bad date. */
export function relativeTimeTemplate(date: Date | undefined, locale: string, justNow: string) {
  if (!isValidDate(date)) return nothing;
  return html`<time part="time" datetime=${date.toISOString()} title=${absoluteDateTime(date, locale)}
    >${relativeTime(date, { locale, justNow })}</time
  >`;
}

/**
 * The names of an item's sources (its publisher, in an aggregator's feed), for a card's or a
 * list entry's meta line; nothing for an item without.
 */
export function sourceNames(item: NewsItem, lang: string | typeof nothing) {
  return item.sources.length
    ? html`<span part="sources" lang=${lang}>${item.sources.map((s, i) => html`${i ? ' · ' : ''}<bdi>${s.name}</bdi>`)}</span>`
    : nothing;
}

/** "Audio" or "Video" for an item's first playable attachment; undefined for none. */
function mediaLabel(item: NewsItem, messages: Messages): string | undefined {
  const media = playable(item);
  return media && (/^video\//i.test(media.mimeType) ? messages.video : messages.audio);
}

/**
 * The headline a reader sees: the item's title, else a label for what the item is, with its
 * date ("Photo · Jun 17, 2024"), so no entry is ever a blank link.
 */
export function headlineText(item: NewsItem, messages: Messages, locale: string): string {
  if (item.title) return item.title;
  const label = mediaLabel(item, messages) ?? (item.image ? messages.photo : messages.post);
  const date = absoluteDate(itemDate(item), locale);
  // A middle dot, as between the parts of the meta line: no language reads it as a word.
  return date ? `${label} · ${date}` : label;
}

/** "Audio · 42 min" for a card's meta line; nothing for an item without audio or video. */
export function mediaTemplate(item: NewsItem, messages: Messages, locale: string) {
  const label = mediaLabel(item, messages);
  if (!label) return nothing;
  const length = duration(playable(item)!.durationInSeconds, locale);
  return html`<span part="attachment">${length ? `${label} · ${length}` : label}</span>`;
}
