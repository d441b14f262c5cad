import type { Messages } from '../messages.js';

// French: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).

export const messages: Messages = {
  trending: 'Tendances',
  latest: 'Dernières actualités',
  keyPoints: 'Points clés',
  sources: 'Sources\u202f:',
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
  link: 'Lien\u202f:',
  offline: 'Hors ligne\u202f: actualités enregistrées {time}.',
  newStories: { one: '{count} nouvel article', other: '{count} nouveaux articles' },
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
  errorTitle: {
    unavailable: 'Actualités indisponibles',
    'not-a-feed': 'Pas un flux d’actualités',
    'not-found': 'Article introuvable',
    blocked: 'Bloqué sur ce site',
  },
};
