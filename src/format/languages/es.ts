import type { Messages } from '../messages.js';

// Spanish: its strings and date-fns's wording of dates, one chunk loaded on first use.
export { es as dateLocale } from 'date-fns/locale/es';

export const messages: Messages = {
  trending: 'Tendencias',
  latest: 'Lo último',
  keyPoints: 'Puntos clave',
  sources: 'Fuentes',
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
  link: 'Enlace',
  offline: 'Sin conexión: noticias de {time}.',
  newStories: { one: '1 noticia nueva', other: '{count} noticias nuevas' },
  more: 'Más noticias',
  moreStories: { one: '1 noticia más', other: '{count} noticias más' },
  moreError: 'No se pudieron cargar más noticias.',
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
};
