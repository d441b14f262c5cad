import type { Messages } from '../messages.js';

// Hungarian: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).
// A noun after a number stays singular ("3 új hír"), so both plural forms read alike.

export const messages: Messages = {
  trending: 'Népszerű',
  latest: 'Legfrissebb hírek',
  keyPoints: 'A lényeg',
  sources: 'Források:',
  tags: 'Címkék',
  by: 'Szerző:',
  published: 'Megjelent:',
  updated: 'Frissítve:',
  retry: 'Próbálja újra',
  loading: 'Hírek betöltése…',
  empty: 'Jelenleg nincs megjeleníthető hír.',
  justNow: 'az imént',
  photo: 'Fotó',
  audio: 'Hang',
  video: 'Videó',
  post: 'Bejegyzés',
  link: 'Hivatkozás:',
  offline: 'Offline: {time} mentett hírek láthatók.',
  newStories: { one: '{count} új hír', other: '{count} új hír' },
  more: 'További hírek',
  moreStories: { one: 'Még {count} hír', other: 'Még {count} hír' },
  moreError: 'Nem sikerült további híreket betölteni.',
  error: {
    network: 'Nem sikerült betölteni a híreket. Ellenőrizze a kapcsolatot, és próbálja újra.',
    blocked: 'Ez a hírfolyam ezen az oldalon nem jeleníthető meg.',
    http: 'A hírszolgáltatás jelenleg nem érhető el.',
    timeout: 'A hírek betöltése túl sokáig tart.',
    parse: 'Ez a hírfolyam nem olvasható.',
    html: 'Ez a hírfolyam nem olvasható.',
    xml: 'Ez a hírfolyam nem olvasható.',
    format: 'Ez a hírfolyam nem olvasható.',
    'too-large': 'Ez a hírfolyam túl nagy a megjelenítéshez.',
    'not-found': 'Ez a hír nem található. Lehet, hogy eltávolították.',
    'invalid-src': 'A hírfolyam címe érvénytelen.',
  },
  errorTitle: {
    unavailable: 'A hírek nem érhetők el',
    'not-a-feed': 'Nem hírfolyam',
    'not-found': 'A hír nem található',
    blocked: 'Ezen az oldalon letiltva',
  },
};
