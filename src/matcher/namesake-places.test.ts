import { describe, expect, it } from 'vitest';
import { settleNamesakePlaces } from './namesake-places';

// Entities: 0 France, 1 United States, 2 Paris (France), 3 Texas, 4 Georgia (country),
// 5 Georgia (US state), 6 Tbilisi, 7 London (UK, country not indexed), 8 Berlin,
// 9 Washington (the city), 10 Washington (the state).
const places = {
  entities: [['france', 'France', 'country'], ['united-states', 'United States', 'country'], ['paris', 'Paris', 'place'],
    ['texas', 'Texas', 'place'], ['georgia-country', 'Georgia', 'country'], ['georgia-state', 'Georgia', 'place'],
    ['tbilisi', 'Tbilisi', 'place'], ['london', 'London', 'place'], ['berlin', 'Berlin', 'place'],
    ['washington-d-c', 'Washington', 'place'], ['washington-state', 'Washington', 'place']] as [string, string, 'place' | 'country'][],
  countryOf: new Map([[2, 0], [3, 1], [5, 1], [6, 4], [9, 1], [10, 1]]),
  regions: new Set([3, 5, 10]),
};

/** Spans for each named word of `t`, with the given candidate entities. */
function spans(t: string, names: [string, number[]][]) {
  let from = 0;
  return names.map(([word, entities]) => {
    const start = t.indexOf(word, from);
    from = start + word.length;
    return { start, end: start + word.length, cands: entities.map((entity) => ({ entity })), glued: false };
  });
}

describe('a town placed by its region or country', () => {
  it('is a namesake when the index puts the town in another country', () => {
    const t = 'The tour opens in Paris, Texas, in May.';
    const s = spans(t, [['Paris', [2]], ['Texas', [3]]]);
    settleNamesakePlaces(t, s, places);
    expect(s[0]!.glued).toBe(true);
    expect(s[1]!.glued).toBe(false);
  });

  it('keeps a town in its own country, and says which shared region name is meant', () => {
    const t = 'They met in Tbilisi, Georgia, on Friday.';
    const s = spans(t, [['Tbilisi', [6]], ['Georgia', [4, 5]]]);
    settleNamesakePlaces(t, s, places);
    expect(s[0]!.glued).toBe(false);
    expect(s[1]!.cands.map((c) => c.entity)).toEqual([4]);
  });

  it('takes a region placed by another country\'s region for a town named after it', () => {
    // 11 New Brunswick (Canada's province), 12 Canada, 13 Ontario (province).
    const more = {
      entities: [...places.entities, ['new-brunswick', 'New Brunswick', 'place'], ['canada', 'Canada', 'country'], ['ontario', 'Ontario', 'place']] as [string, string, 'place' | 'country'][],
      countryOf: new Map([...places.countryOf, [11, 12], [13, 12]]),
      regions: new Set([...places.regions, 11, 13]),
    };
    const glued = (t: string, names: [string, number[]][]) => {
      const s = spans(t, names);
      settleNamesakePlaces(t, s, more);
      return s.map((x) => x.glued);
    };
    expect(glued('She lives in New Brunswick, Texas, now.', [['New Brunswick', [11]], ['Texas', [3]]])).toEqual([true, false]);
    // Regions of one country in a row, and a list that goes on, are lists.
    expect(glued('From Ontario, New Brunswick.', [['Ontario', [13]], ['New Brunswick', [11]]])).toEqual([false, false]);
    expect(glued('From Ontario, Texas and France.', [['Ontario', [13]], ['Texas', [3]]])).toEqual([false, false]);
  });

  it('leaves lists alone: towns after towns, regions and countries before anything', () => {
    const cities = 'Paris, Berlin and Rome';
    const a = spans(cities, [['Paris', [2]], ['Berlin', [8]]]);
    settleNamesakePlaces(cities, a, places);
    expect(a.map((x) => x.glued)).toEqual([false, false]);
    const states = 'Texas, France and Spain';
    const b = spans(states, [['Texas', [3]], ['France', [0]]]);
    settleNamesakePlaces(states, b, places);
    expect(b.map((x) => x.glued)).toEqual([false, false]);
    const capitals = 'Tbilisi, Washington and Berlin';
    const c = spans(capitals, [['Tbilisi', [6]], ['Washington', [9, 10]], ['Berlin', [8]]]);
    settleNamesakePlaces(capitals, c, places);
    expect(c.map((x) => x.glued)).toEqual([false, false, false]);
    expect(c[1]!.cands.map((x) => x.entity)).toEqual([9, 10]);
    // A country among cities ("Berlin, Singapore, and Sydney"): the list goes on after it.
    for (const list of ['offices in Paris, Texas, and Berlin', 'offices in Paris, Texas, Berlin and Rome', 'Paris, Texas and Berlin']) {
      const d = spans(list, [['Paris', [2]], ['Texas', [3]], ['Berlin', [8]]]);
      settleNamesakePlaces(list, d, places);
      expect(d.map((x) => x.glued)).toEqual([false, false, false]);
    }
  });

  it('decides nothing where a country is not known, or without the comma', () => {
    const t = 'London, Texas and Paris Texas';
    const s = spans(t, [['London', [7]], ['Texas', [3]], ['Paris', [2]], ['Texas', [3]]]);
    settleNamesakePlaces(t, s, places);
    expect(s.map((x) => x.glued)).toEqual([false, false, false, false]);
  });
});
