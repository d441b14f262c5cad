import type { Messages } from '../messages.js';

// German: its strings and date-fns's wording of dates, one chunk loaded on first use.
export { de as dateLocale } from 'date-fns/locale/de';

export const messages: Messages = {
  trending: 'Im Trend',
  latest: 'Neueste Meldungen',
  keyPoints: 'Das Wichtigste',
  sources: 'Quellen',
  tags: 'Schlagwörter',
  by: 'Von',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  retry: 'Erneut versuchen',
  loading: 'Nachrichten werden geladen…',
  empty: 'Derzeit gibt es keine Meldungen.',
  justNow: 'gerade eben',
  photo: 'Foto',
  audio: 'Audio',
  video: 'Video',
  post: 'Beitrag',
  link: 'Link',
  offline: 'Offline: Nachrichten von {time}.',
  newStories: { one: '1 neue Meldung', other: '{count} neue Meldungen' },
  more: 'Weitere Meldungen',
  moreStories: { one: '1 weitere Meldung', other: '{count} weitere Meldungen' },
  moreError: 'Weitere Meldungen konnten nicht geladen werden.',
  error: {
    network: 'Die Nachrichten konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    blocked: 'Dieser Nachrichten-Feed kann auf dieser Website nicht angezeigt werden.',
    http: 'Der Nachrichtendienst ist derzeit nicht erreichbar.',
    timeout: 'Das Laden der Nachrichten dauert zu lange.',
    parse: 'Dieser Nachrichten-Feed kann nicht gelesen werden.',
    html: 'Dieser Nachrichten-Feed kann nicht gelesen werden.',
    xml: 'Dieser Nachrichten-Feed kann nicht gelesen werden.',
    format: 'Dieser Nachrichten-Feed kann nicht gelesen werden.',
    'too-large': 'Dieser Nachrichten-Feed ist zu groß für die Anzeige.',
    'not-found': 'Dieser Artikel wurde nicht gefunden. Vielleicht wurde er entfernt.',
    'invalid-src': 'Die Adresse dieses Nachrichten-Feeds ist ungültig.',
  },
};
