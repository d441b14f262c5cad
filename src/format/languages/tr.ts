import type { Messages } from '../messages.js';

// Turkish: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).
// A noun after a number stays singular ("3 yeni haber"), so both plural forms read alike.

export const messages: Messages = {
  trending: 'Gündem',
  latest: 'Son haberler',
  keyPoints: 'Öne çıkanlar',
  sources: 'Kaynaklar:',
  tags: 'Etiketler',
  by: 'Yazan:',
  published: 'Yayın:',
  updated: 'Güncelleme:',
  retry: 'Tekrar dene',
  loading: 'Haberler yükleniyor…',
  empty: 'Şu anda gösterilecek haber yok.',
  justNow: 'az önce',
  photo: 'Fotoğraf',
  audio: 'Ses',
  video: 'Video',
  post: 'Gönderi',
  link: 'Bağlantı:',
  offline: 'Çevrimdışı: {time} kaydedilen haberler gösteriliyor.',
  newStories: { one: '{count} yeni haber', other: '{count} yeni haber' },
  more: 'Daha fazla haber',
  moreStories: { one: '{count} haber daha', other: '{count} haber daha' },
  moreError: 'Daha fazla haber yüklenemedi.',
  error: {
    network: 'Haberler yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin.',
    blocked: 'Bu haber akışı bu sitede gösterilemiyor.',
    http: 'Haber servisi şu anda kullanılamıyor.',
    timeout: 'Haberlerin yüklenmesi çok uzun sürüyor.',
    parse: 'Bu haber akışı okunamadı.',
    html: 'Bu haber akışı okunamadı.',
    xml: 'Bu haber akışı okunamadı.',
    format: 'Bu haber akışı okunamadı.',
    'too-large': 'Bu haber akışı gösterilemeyecek kadar büyük.',
    'not-found': 'Bu haber bulunamadı. Kaldırılmış olabilir.',
    'invalid-src': 'Bu haber akışının adresi geçerli değil.',
  },
  errorTitle: {
    unavailable: 'Haberler kullanılamıyor',
    'not-a-feed': 'Haber akışı değil',
    'not-found': 'Haber bulunamadı',
    blocked: 'Bu sitede engellendi',
  },
};
