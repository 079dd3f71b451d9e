import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../knowledge/types';
import { articleMonth, datedCard, formatMonth } from './dated';

const base: CardRecord = { id: 'x', name: 'X', type: 'person', description: 'd', background: 'b', asOf: '2026-05', source: 'shipped' };
const haley: CardRecord = { ...base, roles: [
  { title: 'US Ambassador to the United Nations', from: '2017-01', to: '2018-12' },
  { title: 'Governor of South Carolina', from: '2011-01', to: '2017-01' },
] };
const japan: CardRecord = { ...base, type: 'country', leaders: [
  { kind: 'head-of-government', title: 'Prime Minister', name: 'Sanae Takaichi', from: '2025-10', to: null },
  { kind: 'head-of-government', title: 'Prime Minister', name: 'Shigeru Ishiba', from: '2024-10', to: '2025-10' },
] };

describe('cards dated to the article', () => {
  it('shows nothing extra without a date or when nothing changed since', () => {
    expect(datedCard(japan, null)).toBeNull();
    expect(datedCard(japan, '2026-01-10T08:00:00Z')).toBeNull();
    expect(datedCard({ ...japan, source: 'glossary' }, '2025-01-01')).toBeNull();
  });

  it('a date before the first role: nothing held then', () => {
    const d = datedCard({ ...haley, roles: [{ title: 'Governor of South Carolina', from: '2011-01', to: null }] }, '2009-06-01');
    expect(d?.then).toEqual([]);
    expect(d?.now).toEqual([{ label: 'Governor of South Carolina', since: '2011-01' }]);
  });

  it('a date between roles, and after the last one ended', () => {
    // Between her roles and with nothing begun since, the plain card says it all.
    expect(datedCard(haley, '2019-10-03')).toBeNull();
    expect(datedCard({ ...haley, asOf: '2019-01' }, '2018-03-15')?.then).toEqual([{ label: 'US Ambassador to the United Nations' }]);
  });

  it('open-ended roles: who led then and who leads now', () => {
    const d = datedCard(japan, '2025-03-01');
    expect(d?.then).toEqual([{ label: 'Prime Minister: Shigeru Ishiba' }]);
    expect(d?.now).toEqual([{ label: 'Prime Minister: Sanae Takaichi', since: '2025-10' }]);
    // The month a role changes hands belongs to the new holder.
    expect(datedCard(japan, '2025-10-21')).toBeNull();
  });

  it('changes and deaths after the article, and a note older than the article', () => {
    const city: CardRecord = { ...base, type: 'place', asOf: '2025-07', changes: [
      { what: 'Merged with two neighbouring provinces', from: '2025-07' }, { what: 'Renamed', from: '1976' }] };
    expect(datedCard(city, '2024-02-01')?.changes).toEqual([{ what: 'Merged with two neighbouring provinces', from: '2025-07' }]);
    expect(datedCard({ ...base, died: '2026-02' }, '2025-05-01')?.died).toBe('2026-02');
    const older = datedCard({ ...base, asOf: '2025-06' }, '2026-03-02');
    expect(older?.noteOlder).toBe(true);
  });

  it('reads the month of a stated date and names it in the reader\'s language', () => {
    expect(articleMonth('2019-10-03T12:00:00.000Z')).toBe('2019-10');
    expect(articleMonth('yesterday')).toBeNull();
    expect(formatMonth('2019-10', 'en')).toBe('October 2019');
    expect(formatMonth('2019-10', 'de')).toBe('Oktober 2019');
    expect(formatMonth('2019', 'en')).toBe('2019');
  });
});
