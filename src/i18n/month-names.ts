/**
 * "March 2026" and "5 March 2026" without Intl for the languages Gloss speaks. The first
 * Intl formatter a page's renderer builds costs 15-20 ms (ICU starts up; measured in the
 * bench's Chromium), and a card names a month in the same task that paints it: the first
 * card on a page missed its frame by that much (the reading view's date, likewise, its
 * first opening). For these exact language tags the words below are what
 * Intl.DateTimeFormat({ year: 'numeric', month: 'long' }) says (month-names.test.ts checks
 * every month against Intl); any other tag (de-AT's "Jänner", ar-EG's Arabic-Indic digits)
 * still asks Intl, once per tag.
 */

const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** Lower-cased tag → month names; all of these write "<month> <year>" with Latin digits. */
export const KNOWN_MONTHS: ReadonlyMap<string, readonly string[]> = new Map([
  ...['en', 'en-us', 'en-gb', 'en-ca', 'en-au', 'en-in'].map((tag) => [tag, EN] as const),
  ...['de', 'de-de', 'de-ch'].map((tag) => [tag, DE] as const),
  ['ar', AR] as const,
]);

const formatters = new Map<string, { month: Intl.DateTimeFormat; year: Intl.DateTimeFormat }>();

function intlFor(locale: string) {
  let f = formatters.get(locale);
  if (!f) {
    f = {
      month: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
      year: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
    };
    formatters.set(locale, f);
  }
  return f;
}

/** `month` 1-12, or null for the year alone. */
export function monthYear(year: number, month: number | null, locale: string): string {
  const known = KNOWN_MONTHS.get(locale.toLowerCase());
  if (known) return month === null ? String(year) : `${known[month - 1]} ${year}`;
  const f = intlFor(locale);
  return month === null ? f.year.format(Date.UTC(year, 0, 1)) : f.month.format(Date.UTC(year, month - 1, 1));
}

/** Where the day goes in Intl's `dateStyle: 'long'` for a tag: "March 5, 2026", "5 March
 *  2026", "5. März 2026". */
type LongDate = (day: number, month: string, year: number) => string;
const MONTH_DAY_YEAR: LongDate = (d, m, y) => `${m} ${d}, ${y}`;
const DAY_MONTH_YEAR: LongDate = (d, m, y) => `${d} ${m} ${y}`;
const DAY_DOT_MONTH_YEAR: LongDate = (d, m, y) => `${d}. ${m} ${y}`;

const LONG_DATES: ReadonlyMap<string, LongDate> = new Map([
  ...['en', 'en-us', 'en-ca'].map((tag) => [tag, MONTH_DAY_YEAR] as const),
  ...['en-gb', 'en-au', 'en-in'].map((tag) => [tag, DAY_MONTH_YEAR] as const),
  ...['de', 'de-de', 'de-ch'].map((tag) => [tag, DAY_DOT_MONTH_YEAR] as const),
  ['ar', DAY_MONTH_YEAR] as const,
]);

/**
 * What Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }) says of `date`, for
 * the tags above (month-names.test.ts checks them against Intl); null for any other tag, or a
 * year Intl might write otherwise, where the caller asks Intl. The reading view names the
 * article's date on its first opening, which paid the page's first formatter (issue #14).
 */
export function longDate(date: Date, tag: string): string | null {
  const lower = tag.toLowerCase();
  const months = KNOWN_MONTHS.get(lower);
  const shape = LONG_DATES.get(lower);
  const year = date.getUTCFullYear();
  if (!months || !shape || year < 1000 || year > 9999) return null;
  return shape(date.getUTCDate(), months[date.getUTCMonth()]!, year);
}
