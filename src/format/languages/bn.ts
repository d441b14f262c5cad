import type { Messages } from '../messages.js';

// Bengali: the widgets' own words, one chunk loaded on first use (dates are worded by Intl).
// A count takes the classifier `টি` whatever the number, so it has one form.

export const messages: Messages = {
  trending: 'ট্রেন্ডিং',
  latest: 'সর্বশেষ খবর',
  keyPoints: 'মূল বিষয়',
  sources: 'সূত্র:',
  tags: 'ট্যাগ',
  by: 'লেখক:',
  published: 'প্রকাশিত',
  updated: 'হালনাগাদ',
  retry: 'আবার চেষ্টা করুন',
  loading: 'খবর লোড হচ্ছে…',
  empty: 'এই মুহূর্তে দেখানোর মতো কোনো খবর নেই।',
  justNow: 'এইমাত্র',
  photo: 'ছবি',
  audio: 'অডিও',
  video: 'ভিডিও',
  post: 'পোস্ট',
  link: 'লিংক:',
  offline: 'অফলাইন: {time} সংরক্ষিত খবর দেখানো হচ্ছে।',
  newStories: { other: '{count}টি নতুন খবর' },
  more: 'আরও খবর',
  moreStories: { other: 'আরও {count}টি খবর যোগ হয়েছে' },
  moreError: 'আরও খবর লোড করা যায়নি।',
  error: {
    network: 'খবর লোড করা যায়নি। সংযোগ পরীক্ষা করে আবার চেষ্টা করুন।',
    blocked: 'এই সংবাদ ফিড এই সাইটে দেখানো যাবে না।',
    http: 'সংবাদ পরিষেবা এখন পাওয়া যাচ্ছে না।',
    timeout: 'খবর লোড হতে অনেক বেশি সময় লাগছে।',
    parse: 'এই সংবাদ ফিড পড়া যায়নি।',
    html: 'এই সংবাদ ফিড পড়া যায়নি।',
    xml: 'এই সংবাদ ফিড পড়া যায়নি।',
    format: 'এই সংবাদ ফিড পড়া যায়নি।',
    'too-large': 'এই সংবাদ ফিড দেখানোর জন্য খুব বড়।',
    'not-found': 'এই খবরটি পাওয়া যায়নি। হয়তো এটি সরিয়ে ফেলা হয়েছে।',
    'invalid-src': 'এই সংবাদ ফিডের ঠিকানা সঠিক নয়।',
  },
  errorTitle: {
    unavailable: 'খবর পাওয়া যাচ্ছে না',
    'not-a-feed': 'সংবাদ ফিড নয়',
    'not-found': 'খবর পাওয়া যায়নি',
    blocked: 'এই সাইটে অবরুদ্ধ',
  },
};
