import { html, nothing, type TemplateResult } from 'lit';
import type { DateLocale } from '../format/english.js';
import { absoluteDateTime, isValidDate, relativeTime } from '../format/relative-time.js';

/** Heading levels a widget's headlines can use. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps a `heading-level` attribute value to 1–6. */
export function headingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const n = Math.trunc(Number(value));
  return n >= 1 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/** A heading element of the given level, whose part names its class too. */
export function heading(level: HeadingLevel, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part}>${content}</h6>`;
  }
}

/**
 * Names from a feed in a row (sources, authors), each in a `<bdi>` that the shared styles make
 * an inline block: a name in another direction, or holding direction controls (even ones that
 * would close an isolate early), cannot reorder the others.
 */
export const nameList = (list: { name: string }[], separator: string) =>
  list.map(({ name }, i) => html`${i ? separator : ''}<bdi>${name}</bdi>`);

/** `<time>` showing "5 hours ago", with the exact date as its tooltip; nothing for a bad date. */
export function relativeTimeTemplate(
  date: Date | undefined,
  locale: DateLocale,
  justNow: string,
) {
  if (!isValidDate(date)) return nothing;
  return html`<time part="time" datetime=${date.toISOString()} title=${absoluteDateTime(date, locale)}
    >${relativeTime(date, { locale, justNow })}</time
  >`;
}
