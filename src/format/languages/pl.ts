import type { Messages } from '../messages.js';

// Polish: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).
// Counts take the four plural forms of Intl.PluralRules: 1 (one); 2–4, 22–24 (few); 5–21,
// 25 (many); and fractions (other), which a count never is but the type requires.

export const messages: Messages = {
  trending: 'Popularne',
  latest: 'Najnowsze',
  keyPoints: 'Najważniejsze informacje',
  sources: 'Źródła:',
  tags: 'Tagi',
  by: 'Autor:',
  published: 'Opublikowano',
  updated: 'Zaktualizowano',
  retry: 'Spróbuj ponownie',
  loading: 'Wczytywanie wiadomości…',
  empty: 'Brak wiadomości do wyświetlenia.',
  justNow: 'przed chwilą',
  photo: 'Zdjęcie',
  audio: 'Audio',
  video: 'Wideo',
  post: 'Wpis',
  link: 'Link:',
  offline: 'Offline: wiadomości zapisane {time}.',
  newStories: {
    one: '{count} nowa wiadomość',
    few: '{count} nowe wiadomości',
    many: '{count} nowych wiadomości',
    other: '{count} nowej wiadomości',
  },
  more: 'Więcej wiadomości',
  moreStories: {
    one: 'Dodano {count} wiadomość',
    few: 'Dodano {count} wiadomości',
    many: 'Dodano {count} wiadomości',
    other: 'Dodano {count} wiadomości',
  },
  moreError: 'Nie udało się wczytać kolejnych wiadomości.',
  error: {
    network: 'Nie udało się wczytać wiadomości. Sprawdź połączenie i spróbuj ponownie.',
    blocked: 'Tego kanału wiadomości nie można wyświetlić w tej witrynie.',
    http: 'Serwis informacyjny jest teraz niedostępny.',
    timeout: 'Wczytywanie wiadomości trwa zbyt długo.',
    parse: 'Nie można odczytać tego kanału wiadomości.',
    html: 'Nie można odczytać tego kanału wiadomości.',
    xml: 'Nie można odczytać tego kanału wiadomości.',
    format: 'Nie można odczytać tego kanału wiadomości.',
    'too-large': 'Ten kanał wiadomości jest zbyt duży, aby go wyświetlić.',
    'not-found': 'Nie znaleziono tego artykułu. Mógł zostać usunięty.',
    'invalid-src': 'Adres tego kanału wiadomości jest nieprawidłowy.',
  },
  errorTitle: {
    unavailable: 'Wiadomości niedostępne',
    'not-a-feed': 'To nie jest kanał wiadomości',
    'not-found': 'Nie znaleziono artykułu',
    blocked: 'Zablokowane w tej witrynie',
  },
};
