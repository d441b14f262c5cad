import type { Messages } from '../messages.js';

// Japanese: its strings and date-fns's wording of dates, one chunk loaded on first use.
export { ja as dateLocale } from 'date-fns/locale/ja';

export const messages: Messages = {
  trending: '注目のニュース',
  latest: '最新ニュース',
  keyPoints: '要点',
  sources: '出典',
  tags: 'タグ',
  by: '著者:',
  published: '公開',
  updated: '更新',
  retry: '再試行',
  loading: 'ニュースを読み込んでいます…',
  empty: '現在表示できるニュースはありません。',
  justNow: 'たった今',
  photo: '写真',
  audio: '音声',
  video: '動画',
  post: '投稿',
  link: 'リンク',
  offline: 'オフライン：{time}のニュースを表示しています。',
  newStories: { other: '新着ニュース{count}件' },
  more: 'さらに表示',
  moreStories: { other: 'ニュースをさらに{count}件表示しました' },
  moreError: '続きのニュースを読み込めませんでした。',
  error: {
    network: 'ニュースを読み込めませんでした。接続を確認して、もう一度お試しください。',
    blocked: 'このニュースフィードはこのサイトでは表示できません。',
    http: 'ニュースサービスは現在利用できません。',
    timeout: 'ニュースの読み込みに時間がかかりすぎています。',
    parse: 'このニュースフィードを読み取れません。',
    html: 'このニュースフィードを読み取れません。',
    xml: 'このニュースフィードを読み取れません。',
    format: 'このニュースフィードを読み取れません。',
    'too-large': 'このニュースフィードは大きすぎて表示できません。',
    'not-found': 'この記事は見つかりませんでした。削除された可能性があります。',
    'invalid-src': 'このニュースフィードのアドレスは無効です。',
  },
};
