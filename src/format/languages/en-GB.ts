import { english, type DateLocale } from '../english.js';

// British English: English strings and relative times (date-fns's en-GB words them exactly as
// en-US does), with the dates Intl writes for en-GB ("17 Jun 2024"). No date-fns code needed.
export { en as messages } from '../messages.js';

export const dateLocale: DateLocale = { ...english, code: 'en-GB' };
