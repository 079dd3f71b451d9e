import { afterEach, describe, expect, it, vi } from 'vitest';
import { KNOWN_MONTHS, longDate, monthYear } from './month-names';

const intl = (locale: string, year: number, month: number | null) => (month === null
  ? new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, 0, 1))
  : new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1)));

const Real = Intl.DateTimeFormat;
const intlObject = Intl as unknown as { DateTimeFormat: typeof Real };

/** Counts the Intl formatters built from now until the test ends. */
function countFormatters() {
  let built = 0;
  class Counting extends Real {
    constructor(...args: ConstructorParameters<typeof Real>) { super(...args); built++; }
  }
  intlObject.DateTimeFormat = Counting as typeof Real;
  return () => built;
}

describe('month names without Intl', () => {
  afterEach(() => { intlObject.DateTimeFormat = Real; });

  it('says what Intl says, for every month of every language tag it knows', () => {
    for (const tag of KNOWN_MONTHS.keys()) {
      for (const year of [1976, 2019, 2026]) {
        for (let month = 1; month <= 12; month++) expect(monthYear(year, month, tag), `${tag} ${year}-${month}`).toBe(intl(tag, year, month));
        expect(monthYear(year, null, tag), `${tag} ${year}`).toBe(intl(tag, year, null));
      }
    }
  });

  it('reads tags in any case, as browsers report them ("en-US")', () => {
    expect(monthYear(2026, 3, 'en-US')).toBe('March 2026');
    expect(monthYear(2026, 3, 'DE-ch')).toBe('März 2026');
  });

  /** A fresh copy of the module: formatters it built for earlier tests are not counted. */
  const fresh = async () => { vi.resetModules(); return import('./month-names'); };

  it('builds no Intl formatter for the languages it knows (the first one costs a card its frame)', async () => {
    const { monthYear } = await fresh();
    const built = countFormatters();
    monthYear(2026, 1, 'en-US');
    monthYear(2026, 1, 'de');
    monthYear(2026, 1, 'ar');
    monthYear(2026, null, 'en');
    expect(built()).toBe(0);
  });

  it('asks Intl for any other tag, once per tag', async () => {
    const { monthYear } = await fresh();
    expect(monthYear(2026, 1, 'de-AT')).toBe(intl('de-AT', 2026, 1));
    expect(monthYear(2026, 3, 'fr')).toBe('mars 2026');
    expect(monthYear(2025, 3, 'fr')).toBe('mars 2025');
    expect(monthYear(2025, null, 'ar-EG')).toBe(intl('ar-EG', 2025, null));
    const built = countFormatters();
    expect(monthYear(2024, 5, 'fr')).toBe('mai 2024');
    monthYear(2024, null, 'de-AT');
    expect(built()).toBe(0);
  });
});

describe('long dates without Intl', () => {
  const long = (tag: string, t: number) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(t);

  it('says what Intl says, for every day of a year and a leap day, for every tag it knows', () => {
    for (const tag of [...KNOWN_MONTHS.keys(), 'en-US', 'de-CH', 'EN-gb']) {
      const known = longDate(new Date(Date.UTC(2026, 0, 1)), tag) !== null;
      if (!known) continue;
      for (let day = 0; day < 366; day++) {
        const t = Date.UTC(2024, 0, 1 + day);
        expect(longDate(new Date(t), tag), `${tag} ${new Date(t).toISOString()}`).toBe(long(tag, t));
      }
      expect(longDate(new Date(Date.UTC(1999, 11, 31, 23, 59)), tag)).toBe(long(tag, Date.UTC(1999, 11, 31, 23, 59)));
    }
  });

  it('leaves other tags and odd years to Intl', () => {
    expect(longDate(new Date(Date.UTC(2026, 2, 5)), 'fr')).toBeNull();
    expect(longDate(new Date(Date.UTC(2026, 2, 5)), 'de-AT')).toBeNull();
    expect(longDate(new Date(Date.UTC(2026, 2, 5)), 'en-NZ')).toBeNull();
    expect(longDate(new Date(Date.UTC(999, 2, 5)), 'en')).toBeNull();
    expect(longDate(new Date(Date.UTC(2026, 2, 5)), 'en')).toBe('March 5, 2026');
  });
});
