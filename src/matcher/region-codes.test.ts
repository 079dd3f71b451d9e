import { describe, expect, it } from 'vitest';
import { isRegionCode, placesATown } from './region-codes';
import type { Candidate } from './lookup';

const cand = (text: string, entity: number): Candidate => ({ text, entity, flags: 0, contextIds: [], contextWords: [], single: !text.includes(' ') });
const lookup = { regions: new Set([1]) };

describe('a region code', () => {
  it('is two capitals naming a region', () => {
    expect(isRegionCode(cand('MA', 1), lookup)).toBe(true);
    expect(isRegionCode(cand('MA', 2), lookup)).toBe(false); // not a region: a country's "US" stays as it is
    expect(isRegionCode(cand('Mass', 1), lookup)).toBe(false);
    expect(isRegionCode(cand('NSW', 1), lookup)).toBe(false);
  });

  it('places a town only right after "<Town>, "', () => {
    const t = 'Boston, MA and an MA in art, then 2024, MA.';
    expect(placesATown(t, t.indexOf('MA'))).toBe(true);
    expect(placesATown(t, t.indexOf('MA in'))).toBe(false);
    expect(placesATown(t, t.lastIndexOf('MA'))).toBe(false);
  });
});
