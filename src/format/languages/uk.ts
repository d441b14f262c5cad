import type { Messages } from '../messages.js';

// Ukrainian: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).
// Counts take the four plural forms of Intl.PluralRules: 1, 21 (one); 2–4, 22 (few); 5–20, 25
// (many); and fractions (other), which a count never is but the type requires.

export const messages: Messages = {
  trending: 'Популярне',
  latest: 'Останні новини',
  keyPoints: 'Головне',
  sources: 'Джерела:',
  tags: 'Теги',
  by: 'Автор:',
  published: 'Опубліковано',
  updated: 'Оновлено',
  retry: 'Спробувати ще раз',
  loading: 'Завантаження новин…',
  empty: 'Зараз немає новин для показу.',
  justNow: 'щойно',
  photo: 'Фото',
  audio: 'Аудіо',
  video: 'Відео',
  post: 'Допис',
  link: 'Посилання:',
  offline: 'Немає мережі: показано новини, збережені {time}.',
  newStories: {
    one: '{count} новий матеріал',
    few: '{count} нові матеріали',
    many: '{count} нових матеріалів',
    other: '{count} нового матеріалу',
  },
  more: 'Більше новин',
  moreStories: {
    one: 'Додано {count} матеріал',
    few: 'Додано {count} матеріали',
    many: 'Додано {count} матеріалів',
    other: 'Додано {count} матеріалу',
  },
  moreError: 'Не вдалося завантажити більше новин.',
  error: {
    network: 'Не вдалося завантажити новини. Перевірте з’єднання і спробуйте ще раз.',
    blocked: 'Цю стрічку новин не можна показати на цьому сайті.',
    http: 'Служба новин зараз недоступна.',
    timeout: 'Новини завантажуються надто довго.',
    parse: 'Не вдалося прочитати цю стрічку новин.',
    html: 'Не вдалося прочитати цю стрічку новин.',
    xml: 'Не вдалося прочитати цю стрічку новин.',
    format: 'Не вдалося прочитати цю стрічку новин.',
    'too-large': 'Ця стрічка новин завелика для показу.',
    'not-found': 'Матеріал не знайдено. Можливо, його видалено.',
    'invalid-src': 'Адреса цієї стрічки новин недійсна.',
  },
  errorTitle: {
    unavailable: 'Новини недоступні',
    'not-a-feed': 'Це не стрічка новин',
    'not-found': 'Матеріал не знайдено',
    blocked: 'Заблоковано на цьому сайті',
  },
};
