import { describe, expect, it } from 'vitest';
import { cleanTitle, isoDate, readingMinutes, statedDate, textDirection } from './meta';

describe('article facts', () => {
  it('reads stated dates as ISO, and nothing from nonsense', () => {
    expect(isoDate('2025-09-15T08:30:00+00:00')).toBe('2025-09-15T08:30:00.000Z');
    expect(isoDate('yesterday-ish')).toBeNull();
    expect(isoDate('')).toBeNull();
    const doc = new DOMParser().parseFromString('<article><time datetime="2024-02-03">3 Feb</time></article>', 'text/html');
    expect(statedDate(doc)).toBe('2024-02-03T00:00:00.000Z');
  });

  it('finds the direction of a page that does not state one', () => {
    expect(textDirection(null, 'مكتبة المدينة تمدد ساعات العمل')).toBe('rtl');
    expect(textDirection(undefined, 'The library opens on Sundays')).toBe('ltr');
    expect(textDirection('RTL', 'English text')).toBe('rtl');
  });

  it('estimates reading time at about 230 words a minute, at least one', () => {
    expect(readingMinutes('word '.repeat(230 * 5))).toBe(5);
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes('漢'.repeat(900))).toBe(2);
  });

  it('drops a site name joined to a title with a dash', () => {
    expect(cleanTitle('A weekend walking the old salt road – Slow Miles', 'Slow Miles')).toBe('A weekend walking the old salt road');
    expect(cleanTitle('Inside the talks — Ledger', null)).toBe('Inside the talks');
    expect(cleanTitle('War and peace — a reading guide to a long novel in seven parts', null))
      .toBe('War and peace — a reading guide to a long novel in seven parts');
    expect(cleanTitle('Plain title', 'Site')).toBe('Plain title');
  });
});
