// Hebrew: date-fns's Hebrew wording of dates, one chunk loaded on first use. There are no
// Hebrew strings yet, so the labels stay English.
export { he as dateLocale } from 'date-fns/locale/he';
export { en as messages } from '../messages.js';
