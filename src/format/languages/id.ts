import type { Messages } from '../messages.js';

// Indonesian: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).
// A count has one form: a noun after a number is not made plural ("3 berita baru").

export const messages: Messages = {
  trending: 'Terpopuler',
  latest: 'Terbaru',
  keyPoints: 'Poin penting',
  sources: 'Sumber:',
  tags: 'Tag',
  by: 'Oleh',
  published: 'Diterbitkan',
  updated: 'Diperbarui',
  retry: 'Coba lagi',
  loading: 'Memuat berita…',
  empty: 'Belum ada berita untuk ditampilkan.',
  justNow: 'baru saja',
  photo: 'Foto',
  audio: 'Audio',
  video: 'Video',
  post: 'Unggahan',
  link: 'Tautan:',
  offline: 'Luring: menampilkan berita yang disimpan {time}.',
  newStories: { other: '{count} berita baru' },
  more: 'Berita lainnya',
  moreStories: { other: '{count} berita lagi' },
  moreError: 'Berita lainnya tidak dapat dimuat.',
  error: {
    network: 'Berita tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
    blocked: 'Umpan berita ini tidak dapat ditampilkan di situs ini.',
    http: 'Layanan berita sedang tidak tersedia.',
    timeout: 'Berita terlalu lama dimuat.',
    parse: 'Umpan berita ini tidak dapat dibaca.',
    html: 'Umpan berita ini tidak dapat dibaca.',
    xml: 'Umpan berita ini tidak dapat dibaca.',
    format: 'Umpan berita ini tidak dapat dibaca.',
    'too-large': 'Umpan berita ini terlalu besar untuk ditampilkan.',
    'not-found': 'Berita ini tidak ditemukan. Mungkin sudah dihapus.',
    'invalid-src': 'Alamat umpan berita ini tidak valid.',
  },
  errorTitle: {
    unavailable: 'Berita tidak tersedia',
    'not-a-feed': 'Bukan umpan berita',
    'not-found': 'Berita tidak ditemukan',
    blocked: 'Diblokir di situs ini',
  },
};
