import type { Messages } from './messages.js';

/**
 * "3 new stories" in the given locale's plural rules: what a background refresh announces.
 * Apart from the other strings' helpers, as only widgets with `refresh` need it.
 */
export function newStoriesMessage(messages: Messages, locale: string, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  return (messages.newStories[category] ?? messages.newStories.other).replace('{count}', String(count));
}
