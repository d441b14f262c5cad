import type { Messages } from '../messages.js';

// Dutch: its strings and date-fns's wording of dates, one chunk loaded on first use.
export { nl as dateLocale } from 'date-fns/locale/nl';

export const messages: Messages = {
  trending: 'Populair',
  latest: 'Nieuwste berichten',
  keyPoints: 'Belangrijkste punten',
  sources: 'Bronnen',
  tags: 'Tags',
  by: 'Door',
  published: 'Gepubliceerd',
  updated: 'Bijgewerkt',
  retry: 'Opnieuw proberen',
  loading: 'Nieuws laden…',
  empty: 'Er is op dit moment geen nieuws.',
  justNow: 'zojuist',
  photo: 'Foto',
  audio: 'Audio',
  video: 'Video',
  post: 'Bericht',
  link: 'Link',
  offline: 'Offline: nieuws van {time}.',
  newStories: { one: '1 nieuw bericht', other: '{count} nieuwe berichten' },
  more: 'Meer berichten',
  moreStories: { one: '1 bericht meer', other: '{count} berichten meer' },
  moreError: 'Er konden geen berichten meer worden geladen.',
  error: {
    network: 'Het nieuws kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
    blocked: 'Deze nieuwsfeed kan niet op deze site worden getoond.',
    http: 'De nieuwsdienst is op dit moment niet beschikbaar.',
    timeout: 'Het laden van het nieuws duurt te lang.',
    parse: 'Deze nieuwsfeed kan niet worden gelezen.',
    html: 'Deze nieuwsfeed kan niet worden gelezen.',
    xml: 'Deze nieuwsfeed kan niet worden gelezen.',
    format: 'Deze nieuwsfeed kan niet worden gelezen.',
    'too-large': 'Deze nieuwsfeed is te groot om te tonen.',
    'not-found': 'Dit artikel is niet gevonden. Misschien is het verwijderd.',
    'invalid-src': 'Het adres van deze nieuwsfeed is ongeldig.',
  },
};
