import type { Messages } from '../messages.js';

// Spanish: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).

export const messages: Messages = {
  trending: 'Tendencias',
  latest: 'Lo último',
  keyPoints: 'Puntos clave',
  sources: 'Fuentes:',
  tags: 'Etiquetas',
  by: 'Por',
  published: 'Publicado',
  updated: 'Actualizado',
  retry: 'Reintentar',
  loading: 'Cargando noticias…',
  empty: 'No hay noticias que mostrar en este momento.',
  justNow: 'ahora mismo',
  photo: 'Foto',
  audio: 'Audio',
  video: 'Vídeo',
  post: 'Publicación',
  link: 'Enlace:',
  offline: 'Sin conexión: noticias de {time}.',
  newStories: { one: '1 noticia nueva', other: '{count} noticias nuevas' },
  error: {
    network: 'No se pudieron cargar las noticias. Comprueba tu conexión y vuelve a intentarlo.',
    blocked: 'Este canal de noticias no se puede mostrar en este sitio.',
    http: 'El servicio de noticias no está disponible en este momento.',
    timeout: 'Las noticias están tardando demasiado en cargar.',
    parse: 'No se puede leer este canal de noticias.',
    html: 'No se puede leer este canal de noticias.',
    xml: 'No se puede leer este canal de noticias.',
    format: 'No se puede leer este canal de noticias.',
    'too-large': 'Este canal de noticias es demasiado grande para mostrarlo.',
    'not-found': 'No se encontró esta noticia. Puede que se haya retirado.',
    'invalid-src': 'La dirección de este canal de noticias no es válida.',
  },
  errorTitle: {
    unavailable: 'Noticias no disponibles',
    'not-a-feed': 'No es un canal de noticias',
    'not-found': 'Noticia no encontrada',
    blocked: 'Bloqueado en este sitio',
  },
};
