import type { Messages } from '../messages.js';

// Portuguese: its strings and date-fns's wording of dates, one chunk loaded on first use.
export { pt as dateLocale } from 'date-fns/locale/pt';

export const messages: Messages = {
  trending: 'Em alta',
  latest: 'Mais recentes',
  keyPoints: 'Pontos-chave',
  sources: 'Fontes',
  tags: 'Etiquetas',
  by: 'Por',
  published: 'Publicado',
  updated: 'Atualizado',
  retry: 'Tentar novamente',
  loading: 'Carregando notícias…',
  empty: 'Nenhuma notícia para mostrar no momento.',
  justNow: 'agora mesmo',
  photo: 'Foto',
  audio: 'Áudio',
  video: 'Vídeo',
  post: 'Publicação',
  link: 'Link',
  offline: 'Sem conexão: notícias de {time}.',
  newStories: { one: '1 nova notícia', other: '{count} novas notícias' },
  more: 'Mais notícias',
  moreStories: { one: 'Mais 1 notícia', other: 'Mais {count} notícias' },
  moreError: 'Não foi possível carregar mais notícias.',
  error: {
    network: 'Não foi possível carregar as notícias. Verifique sua conexão e tente novamente.',
    blocked: 'Este feed de notícias não pode ser exibido neste site.',
    http: 'O serviço de notícias não está disponível no momento.',
    timeout: 'As notícias estão demorando demais para carregar.',
    parse: 'Não foi possível ler este feed de notícias.',
    html: 'Não foi possível ler este feed de notícias.',
    xml: 'Não foi possível ler este feed de notícias.',
    format: 'Não foi possível ler este feed de notícias.',
    'too-large': 'Este feed de notícias é grande demais para ser exibido.',
    'not-found': 'Esta notícia não foi encontrada. Ela pode ter sido removida.',
    'invalid-src': 'O endereço deste feed de notícias não é válido.',
  },
};
