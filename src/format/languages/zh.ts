import type { Messages } from '../messages.js';

// Chinese (Simplified): its strings and date-fns's wording of dates, one chunk loaded on first use.
export { zhCN as dateLocale } from 'date-fns/locale/zh-CN';

export const messages: Messages = {
  trending: '热门',
  latest: '最新',
  keyPoints: '要点',
  sources: '来源',
  tags: '标签',
  by: '作者：',
  published: '发布于',
  updated: '更新于',
  retry: '重试',
  loading: '正在加载新闻…',
  empty: '暂时没有可显示的新闻。',
  justNow: '刚刚',
  photo: '图片',
  audio: '音频',
  video: '视频',
  post: '帖子',
  link: '链接',
  offline: '离线：正在显示{time}的新闻。',
  newStories: { other: '{count} 条新消息' },
  more: '更多新闻',
  moreStories: { other: '又加载了 {count} 条新闻' },
  moreError: '无法加载更多新闻。',
  error: {
    network: '无法加载新闻。请检查网络连接后重试。',
    blocked: '此新闻源无法在本网站上显示。',
    http: '新闻服务暂时不可用。',
    timeout: '新闻加载时间过长。',
    parse: '无法读取此新闻源。',
    html: '无法读取此新闻源。',
    xml: '无法读取此新闻源。',
    format: '无法读取此新闻源。',
    'too-large': '此新闻源过大，无法显示。',
    'not-found': '找不到这篇文章，可能已被删除。',
    'invalid-src': '此新闻源地址无效。',
  },
};
