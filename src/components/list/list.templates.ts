import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { NewsItem } from '../../data/types.js';
import {
  cardSkeleton,
  cardTemplate,
  type ImageTemplate,
  type SelectHandler,
  type Speech,
} from '../card/card.templates.js';
import type { HeadingLevel } from '../../internal/templates.js';

/** How the list lays its cards out: a number of columns, or `undefined` for as many as fit. */
export type Columns = number | undefined;

const grid = (columns: Columns) =>
  columns ? { className: '', data: String(columns) } : { className: 'auto', data: undefined };

/** The cards, each the card's own template in an entry, between the feed's header and "More". */
export function listTemplate(
  items: readonly NewsItem[],
  speech: Speech,
  card: { level: HeadingLevel; image: ImageTemplate; select: SelectHandler },
  columns: Columns,
  header: TemplateResult | typeof nothing,
  more: TemplateResult | typeof nothing,
): TemplateResult {
  const { className, data } = grid(columns);
  return html`<div class="list" lang=${speech.locale} dir=${speech.dir}>
    ${header}
    <ul part="list" class=${className} data-columns=${data ?? nothing}>
      ${repeat(
        items,
        (item) => item.id,
        (item) => html`<li part="item">${cardTemplate(item, speech, card.level, card.image, card.select)}</li>`,
      )}
    </ul>
    ${more}
  </div>`;
}

/** The loading placeholder: as many card skeletons as cards are coming, six at most. */
export function listSkeleton(count: number, columns: Columns): TemplateResult {
  const { className, data } = grid(columns);
  return html`<ul class=${className} data-columns=${data ?? nothing}>
    ${Array.from({ length: Math.min(count, 6) }, () => html`<li>${cardSkeleton()}</li>`)}
  </ul>`;
}
