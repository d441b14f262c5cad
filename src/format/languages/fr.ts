import type { Messages } from '../messages.js';

// French: its strings and date-fns's wording of dates, one chunk loaded on first use.
export { fr as dateLocale } from 'date-fns/locale/fr';

export const messages: Messages = {
  trending: 'Tendances',
  latest: 'Dernières actualités',
  keyPoints: 'Points clés',
  sources: 'Sources',
  tags: 'Mots-clés',
  by: 'Par',
  published: 'Publié',
  updated: 'Mis à jour',
  retry: 'Réessayer',
  loading: 'Chargement des actualités…',
  empty: 'Aucun article à afficher pour le moment.',
  justNow: 'à l’instant',
  photo: 'Photo',
  audio: 'Audio',
  video: 'Vidéo',
  post: 'Publication',
  link: 'Lien',
  offline: 'Hors ligne : actualités enregistrées {time}.',
  newStories: { one: '{count} nouvel article', other: '{count} nouveaux articles' },
  more: 'Plus d’articles',
  moreStories: { one: '{count} article de plus', other: '{count} articles de plus' },
  moreError: 'Impossible de charger plus d’articles.',
  error: {
    network: 'Impossible de charger les actualités. Vérifiez votre connexion et réessayez.',
    blocked: 'Ce flux d’actualités ne peut pas être affiché sur ce site.',
    http: 'Le service d’actualités est indisponible pour le moment.',
    timeout: 'Le chargement des actualités prend trop de temps.',
    parse: 'Ce flux d’actualités est illisible.',
    html: 'Ce flux d’actualités est illisible.',
    xml: 'Ce flux d’actualités est illisible.',
    format: 'Ce flux d’actualités est illisible.',
    'too-large': 'Ce flux d’actualités est trop volumineux pour être affiché.',
    'not-found': 'Cet article est introuvable. Il a peut-être été retiré.',
    'invalid-src': 'L’adresse de ce flux d’actualités n’est pas valide.',
  },
};
