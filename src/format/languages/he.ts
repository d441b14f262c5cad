import type { Messages } from '../messages.js';

// Hebrew: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).
// Instructions address the reader in the plural ("נסו שוב"), as Hebrew interfaces do to speak to
// everyone alike. `iw`, the old code some feeds still state, is canonicalised to `he`.

export const messages: Messages = {
  trending: 'חם עכשיו',
  latest: 'החדשות האחרונות',
  keyPoints: 'עיקרי הדברים',
  sources: 'מקורות:',
  tags: 'תגיות',
  by: 'מאת',
  published: 'פורסם',
  updated: 'עודכן',
  retry: 'נסו שוב',
  loading: 'החדשות נטענות…',
  empty: 'אין כרגע כתבות להצגה.',
  justNow: 'הרגע',
  photo: 'תמונה',
  audio: 'שמע',
  video: 'וידאו',
  post: 'פוסט',
  link: 'קישור:',
  offline: 'אין חיבור לרשת: מוצגות חדשות שנשמרו {time}.',
  newStories: { one: 'כתבה חדשה אחת', two: 'שתי כתבות חדשות', other: '{count} כתבות חדשות' },
  more: 'עוד כתבות',
  moreStories: { one: 'נוספה כתבה אחת', two: 'נוספו שתי כתבות', other: 'נוספו {count} כתבות' },
  moreError: 'לא ניתן היה לטעון כתבות נוספות.',
  error: {
    network: 'לא ניתן היה לטעון את החדשות. בדקו את החיבור ונסו שוב.',
    blocked: 'לא ניתן להציג את פיד החדשות הזה באתר זה.',
    http: 'שירות החדשות אינו זמין כרגע.',
    timeout: 'טעינת החדשות נמשכת זמן רב מדי.',
    parse: 'לא ניתן היה לקרוא את פיד החדשות הזה.',
    html: 'לא ניתן היה לקרוא את פיד החדשות הזה.',
    xml: 'לא ניתן היה לקרוא את פיד החדשות הזה.',
    format: 'לא ניתן היה לקרוא את פיד החדשות הזה.',
    'too-large': 'פיד החדשות הזה גדול מכדי להציגו.',
    'not-found': 'הכתבה לא נמצאה. ייתכן שהוסרה.',
    'invalid-src': 'הכתובת של פיד החדשות הזה אינה תקינה.',
  },
  errorTitle: {
    unavailable: 'החדשות אינן זמינות',
    'not-a-feed': 'זה אינו פיד חדשות',
    'not-found': 'הכתבה לא נמצאה',
    blocked: 'חסום באתר זה',
  },
};
