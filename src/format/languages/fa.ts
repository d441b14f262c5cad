import type { Messages } from '../messages.js';

// Persian: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).
// A noun after a number stays singular in Persian, so a count has one form.

export const messages: Messages = {
  trending: 'پربازدیدترین‌ها',
  latest: 'تازه‌ترین خبرها',
  keyPoints: 'نکات کلیدی',
  sources: 'منابع:',
  tags: 'برچسب‌ها',
  by: 'به قلم',
  published: 'منتشر شده',
  updated: 'به‌روز شده',
  retry: 'تلاش دوباره',
  loading: 'در حال بارگذاری خبرها…',
  empty: 'فعلاً خبری برای نمایش نیست.',
  justNow: 'همین حالا',
  photo: 'عکس',
  audio: 'صدا',
  video: 'ویدیو',
  post: 'پست',
  link: 'پیوند:',
  offline: 'آفلاین: خبرهای ذخیره‌شده از {time}.',
  newStories: { other: '{count} خبر تازه' },
  more: 'خبرهای بیشتر',
  moreStories: { other: '{count} خبر دیگر افزوده شد' },
  moreError: 'بارگذاری خبرهای بیشتر ممکن نشد.',
  error: {
    network: 'بارگذاری خبرها ممکن نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
    blocked: 'این خوراک خبری در این سایت قابل نمایش نیست.',
    http: 'سرویس خبری در حال حاضر در دسترس نیست.',
    timeout: 'بارگذاری خبرها بیش از حد طول می‌کشد.',
    parse: 'این خوراک خبری خوانده نشد.',
    html: 'این خوراک خبری خوانده نشد.',
    xml: 'این خوراک خبری خوانده نشد.',
    format: 'این خوراک خبری خوانده نشد.',
    'too-large': 'این خوراک خبری برای نمایش بیش از حد بزرگ است.',
    'not-found': 'این خبر پیدا نشد. شاید حذف شده باشد.',
    'invalid-src': 'نشانی این خوراک خبری معتبر نیست.',
  },
  errorTitle: {
    unavailable: 'خبرها در دسترس نیستند',
    'not-a-feed': 'خوراک خبری نیست',
    'not-found': 'خبر پیدا نشد',
    blocked: 'در این سایت مسدود است',
  },
};
