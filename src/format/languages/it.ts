import type { Messages } from '../messages.js';

// Italian: its strings and date-fns's wording of dates, one chunk loaded on first use.
export { it as dateLocale } from 'date-fns/locale/it';

export const messages: Messages = {
  trending: 'Di tendenza',
  latest: 'Ultime notizie',
  keyPoints: 'Punti chiave',
  sources: 'Fonti',
  tags: 'Tag',
  by: 'Di',
  published: 'Pubblicato',
  updated: 'Aggiornato',
  retry: 'Riprova',
  loading: 'Caricamento delle notizie…',
  empty: 'Nessuna notizia da mostrare al momento.',
  justNow: 'adesso',
  photo: 'Foto',
  audio: 'Audio',
  video: 'Video',
  post: 'Post',
  link: 'Link',
  offline: 'Offline: notizie di {time}.',
  newStories: { one: '1 nuova notizia', other: '{count} nuove notizie' },
  more: 'Altre notizie',
  moreStories: { one: '1 altra notizia', other: 'Altre {count} notizie' },
  moreError: 'Non è stato possibile caricare altre notizie.',
  error: {
    network: 'Impossibile caricare le notizie. Controlla la connessione e riprova.',
    blocked: 'Questo feed di notizie non può essere mostrato su questo sito.',
    http: 'Il servizio di notizie non è disponibile al momento.',
    timeout: 'Il caricamento delle notizie sta richiedendo troppo tempo.',
    parse: 'Impossibile leggere questo feed di notizie.',
    html: 'Impossibile leggere questo feed di notizie.',
    xml: 'Impossibile leggere questo feed di notizie.',
    format: 'Impossibile leggere questo feed di notizie.',
    'too-large': 'Questo feed di notizie è troppo grande per essere mostrato.',
    'not-found': 'Articolo non trovato. Potrebbe essere stato rimosso.',
    'invalid-src': 'L’indirizzo di questo feed di notizie non è valido.',
  },
};
