/**
 * "Paris, Texas", "London, Ontario", "Athens, Georgia": news locates a town by its state or
 * country after a comma, and where the town the index knows lies in another country, the
 * page names a namesake the index lacks: no card beats the French capital's (issue #13).
 * The same comma settles a shared region name: "Tbilisi, Georgia" is the country.
 *
 * Only a town or city before the comma (a region or country there starts a list: "Georgia,
 * Armenia and Azerbaijan"), and only a name that is a region or country in every reading
 * after it (a city there is a list too: "Paris, London and Berlin", "Tokyo, Washington and
 * Beijing"). Where the index does not know a country, nothing is decided. One exception: a
 * region placed by a region of another country, with no list going on, is a town named after
 * it ("New Brunswick, New Jersey"), since one country's regions do not locate another's.
 */
import type { Lookup } from './lookup';

interface Span<C> { start: number; end: number; cands: C[]; glued: boolean }

type Places = Pick<Lookup, 'countryOf' | 'regions' | 'entities'>;

/** ", Paris", ", and Sydney", " and Rome" after a name: it is one of a list. */
const LIST_GOES_ON = /^(?:,? (?:and|or) |, )\p{Lu}/u;

/** The country a region or country stands in, or undefined when it is neither or not known. */
function containerOf(e: number, places: Places): number | undefined {
  if (places.entities[e]?.[2] === 'country') return e;
  return places.regions.has(e) ? places.countryOf.get(e) : undefined;
}

/** Every reading of the first name a region, every reading of the second a region of another country. */
function regionNamesake<C extends { entity: number }>(t: string, firsts: number[], where: Span<C>, places: Places): boolean {
  if (!firsts.every((e) => places.regions.has(e) && places.countryOf.has(e))) return false;
  if (!where.cands.every((c) => places.regions.has(c.entity) && places.countryOf.has(c.entity))) return false;
  if (LIST_GOES_ON.test(t.slice(where.end, where.end + 12))) return false;
  const theirs = new Set(where.cands.map((c) => places.countryOf.get(c.entity)));
  return firsts.every((e) => !theirs.has(places.countryOf.get(e)));
}

/** Marks namesake towns glued (no card) and narrows the region after a known town. `spans` in text order. */
export function settleNamesakePlaces<C extends { entity: number }>(t: string, spans: Span<C>[], places: Places): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const town = spans[i]!, where = spans[i + 1]!;
    if (town.glued || where.glued || where.start !== town.end + 2 || t[town.end] !== ',' || t[town.end + 1] !== ' ') continue;
    const towns = town.cands.map((c) => c.entity);
    // A region placed by another country's region is a town named after it: "New Brunswick,
    // New Jersey", "Victoria, Texas", "Ontario, California". Regions of one country after
    // each other are a list ("Ontario, Quebec"), and so is a list that goes on.
    if (regionNamesake(t, towns, where, places)) { town.glued = true; continue; }
    // Every reading of the first name must be a town whose country is known.
    if (!towns.every((e) => places.entities[e]?.[2] === 'place' && !places.regions.has(e) && places.countryOf.has(e))) continue;
    // Every reading of the second must be a region or country: "Tokyo, Washington and Beijing"
    // lists capitals, where "Washington" may be the city. And a list goes on after it:
    // "Berlin, Singapore, and Sydney" names a city-state among cities.
    if (!where.cands.every((c) => containerOf(c.entity, places) !== undefined) || LIST_GOES_ON.test(t.slice(where.end, where.end + 12))) continue;
    const countries = new Set(where.cands.map((c) => containerOf(c.entity, places)));
    const kept = town.cands.filter((c) => countries.has(places.countryOf.get(c.entity)));
    if (!kept.length) { town.glued = true; continue; }
    town.cands = kept;
    const homes = new Set(kept.map((c) => places.countryOf.get(c.entity)));
    const fitting = where.cands.filter((c) => homes.has(containerOf(c.entity, places)));
    if (fitting.length) where.cands = fitting;
  }
}
