import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from './prefs';

describe('formatDate', () => {
  it('writes the date in the article\'s language, the same on every call (one formatter per tag)', () => {
    const want = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-09-15T10:00:00Z'));
    expect(formatDate('2025-09-15T10:00:00Z', 'de')).toBe(want);
    expect(formatDate('2025-09-15T10:00:00Z', 'de')).toBe(want);
    expect(formatDate('2025-03-01T00:00:00Z', 'en-GB')).toBe('1 March 2025');
    expect(formatDate('2025-03-01T00:00:00Z', 'en-US')).toBe('March 1, 2025');
  });

  it('falls back to the ISO day for a tag Intl refuses, every time, and keeps no date it cannot read', () => {
    expect(formatDate('2025-09-15T10:00:00Z', 'not a tag!')).toBe('2025-09-15');
    expect(formatDate('2025-09-15T10:00:00Z', 'not a tag!')).toBe('2025-09-15');
    expect(formatDate('2025-09-15T10:00:00Z', '')).toBe('2025-09-15');
    expect(formatDate('yesterday', 'en')).toBeNull();
    expect(formatDate(null, 'en')).toBeNull();
  });

  it('uses the browser\'s own language when the article states none, apart from the empty tag', () => {
    const want = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-09-15T10:00:00Z'));
    expect(formatDate('2025-09-15T10:00:00Z', '')).toBe('2025-09-15');
    expect(formatDate('2025-09-15T10:00:00Z', null)).toBe(want);
  });
});

describe('formatDate on a first opening', () => {
  const Real = Intl.DateTimeFormat;
  const intlObject = Intl as unknown as { DateTimeFormat: typeof Real };
  afterEach(() => { intlObject.DateTimeFormat = Real; });

  it('builds no Intl formatter for the languages Gloss speaks, and one for another', async () => {
    vi.resetModules();
    const { formatDate: fresh } = await import('./prefs');
    let built = 0;
    intlObject.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) { super(...args); built++; }
    } as typeof Real;
    expect(fresh('2025-09-15T10:00:00Z', 'en-US')).toBe('September 15, 2025');
    expect(fresh('2025-09-15T10:00:00Z', 'de')).toBe('15. September 2025');
    expect(fresh('2025-09-15T10:00:00Z', 'en-GB')).toBe('15 September 2025');
    expect(built).toBe(0);
    expect(fresh('2025-09-15T10:00:00Z', 'fr')).toBe('15 septembre 2025');
    expect(built).toBe(1);
  });
});
