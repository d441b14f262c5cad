import type { Messages } from '../messages.js';

// Arabic: its strings and date-fns's wording of dates, one chunk loaded on first use.
export { ar as dateLocale } from 'date-fns/locale/ar';

export const messages: Messages = {
  trending: 'الأكثر تداولًا',
  latest: 'الأحدث',
  keyPoints: 'أبرز النقاط',
  sources: 'المصادر',
  tags: 'الوسوم',
  by: 'بقلم',
  published: 'نُشر',
  updated: 'حُدّث',
  retry: 'إعادة المحاولة',
  loading: 'جارٍ تحميل الأخبار…',
  empty: 'لا توجد أخبار لعرضها الآن.',
  justNow: 'الآن',
  photo: 'صورة',
  audio: 'صوت',
  video: 'فيديو',
  post: 'منشور',
  link: 'رابط',
  offline: 'غير متصل: أخبار محفوظة {time}.',
  newStories: { one: 'خبر جديد واحد', two: 'خبران جديدان', few: '{count} أخبار جديدة', other: '{count} خبرًا جديدًا' },
  more: 'المزيد من الأخبار',
  moreStories: { one: 'خبر إضافي واحد', two: 'خبران إضافيان', few: '{count} أخبار إضافية', other: '{count} خبرًا إضافيًا' },
  moreError: 'تعذّر تحميل المزيد من الأخبار.',
  error: {
    network: 'تعذّر تحميل الأخبار. تحقّق من اتصالك وحاول مرة أخرى.',
    blocked: 'لا يمكن عرض موجز الأخبار هذا على هذا الموقع.',
    http: 'خدمة الأخبار غير متاحة حاليًا.',
    timeout: 'يستغرق تحميل الأخبار وقتًا طويلًا.',
    parse: 'تعذّرت قراءة موجز الأخبار هذا.',
    html: 'تعذّرت قراءة موجز الأخبار هذا.',
    xml: 'تعذّرت قراءة موجز الأخبار هذا.',
    format: 'تعذّرت قراءة موجز الأخبار هذا.',
    'too-large': 'موجز الأخبار هذا أكبر من أن يُعرض.',
    'not-found': 'لم يُعثر على هذا الخبر. ربما أُزيل.',
    'invalid-src': 'عنوان موجز الأخبار هذا غير صالح.',
  },
};
