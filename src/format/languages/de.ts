import type { Messages } from '../messages.js';

// German: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).

export const messages: Messages = {
  trending: 'Im Trend',
  latest: 'Neueste Meldungen',
  keyPoints: 'Das Wichtigste',
  sources: 'Quellen:',
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
  link: 'Link:',
  offline: 'Offline: Nachrichten von {time}.',
  newStories: { one: '1 neue Meldung', other: '{count} neue Meldungen' },
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
  errorTitle: {
    unavailable: 'Nachrichten nicht verfügbar',
    'not-a-feed': 'Kein Nachrichten-Feed',
    'not-found': 'Artikel nicht gefunden',
    blocked: 'Auf dieser Website blockiert',
  },
};
