import type { Messages } from '../messages.js';

// Russian: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).
// Counts take the four plural forms of Intl.PluralRules: 1, 21 (one); 2–4, 22 (few); 5–20, 25
// (many); and fractions (other), which a count never is but the type requires.

export const messages: Messages = {
  trending: 'Популярное',
  latest: 'Последние новости',
  keyPoints: 'Главное',
  sources: 'Источники:',
  tags: 'Теги',
  by: 'Автор:',
  published: 'Опубликовано',
  updated: 'Обновлено',
  retry: 'Повторить',
  loading: 'Загрузка новостей…',
  empty: 'Сейчас нет новостей для показа.',
  justNow: 'только что',
  photo: 'Фото',
  audio: 'Аудио',
  video: 'Видео',
  post: 'Запись',
  link: 'Ссылка:',
  offline: 'Нет сети: показаны новости, сохранённые {time}.',
  newStories: {
    one: '{count} новый материал',
    few: '{count} новых материала',
    many: '{count} новых материалов',
    other: '{count} нового материала',
  },
  more: 'Ещё новости',
  moreStories: {
    one: 'Добавлен {count} материал',
    few: 'Добавлено {count} материала',
    many: 'Добавлено {count} материалов',
    other: 'Добавлено {count} материала',
  },
  moreError: 'Не удалось загрузить ещё новости.',
  error: {
    network: 'Не удалось загрузить новости. Проверьте подключение и попробуйте ещё раз.',
    blocked: 'Эту новостную ленту нельзя показать на этом сайте.',
    http: 'Новостная служба сейчас недоступна.',
    timeout: 'Новости загружаются слишком долго.',
    parse: 'Не удалось прочитать эту новостную ленту.',
    html: 'Не удалось прочитать эту новостную ленту.',
    xml: 'Не удалось прочитать эту новостную ленту.',
    format: 'Не удалось прочитать эту новостную ленту.',
    'too-large': 'Эта новостная лента слишком велика для показа.',
    'not-found': 'Материал не найден. Возможно, он был удалён.',
    'invalid-src': 'Адрес этой новостной ленты недействителен.',
  },
  errorTitle: {
    unavailable: 'Новости недоступны',
    'not-a-feed': 'Это не новостная лента',
    'not-found': 'Материал не найден',
    blocked: 'Заблокировано на этом сайте',
  },
};
