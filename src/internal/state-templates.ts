import { html, nothing, type TemplateResult } from 'lit';
import type { CompleteState, FeedState, Voice } from '../data/feed-state.js';
import { relativeTime } from '../format/relative-time.js';
import { ERROR_TITLES } from '../format/messages.js';

// The states every widget shows around its content, each in the widget's own words.

/** The skeleton while the feed loads, with its announcement for screen readers. */
export function loadingTemplate({ messages, locale, dir }: Voice, skeleton: TemplateResult) {
  return html`<div part="skeleton" class="skeleton" aria-busy="true">
    <span class="visually-hidden" role="status" lang=${locale} dir=${dir}>${messages.loading}</span>
    ${skeleton}
  </div>`;
}

/** The notice over the last good copy, shown when the network fails. */
export function staleTemplate({ staleSince, messages, locale, dir }: CompleteState<unknown>, retry: () => void) {
  if (!staleSince) return nothing;
  const time = relativeTime(staleSince, { locale, justNow: messages.justNow });
  return html`<p part="stale" class="stale" lang=${locale} dir=${dir}>
    <span>${messages.offline.replace('{time}', time)}</span>
    <button part="retry" type="button" @click=${retry}>${messages.retry}</button>
  </p>`;
}

export function emptyTemplate({ messages, locale, dir }: Voice) {
  return html`<div part="empty" class="notice" lang=${locale} dir=${dir}>
    <p>${messages.empty}</p>
  </div>`;
}

/** What went wrong, in words for the reader; a retry button when trying again may help. */
export function errorTemplate(
  { error, messages, locale, dir }: Extract<FeedState<unknown>, { status: 'error' }>,
  retry: () => void,
) {
  return html`<div part="error" class="notice" role="alert" lang=${locale} dir=${dir} data-kind=${error.kind}>
    <p><strong class="notice-title">${messages.errorTitle[ERROR_TITLES[error.kind]]}</strong> ${messages.error[error.kind]}</p>
    ${error.transient ? html`<button part="retry" type="button" @click=${retry}>${messages.retry}</button>` : nothing}
  </div>`;
}
