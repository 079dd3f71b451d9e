/**
 * "Boston, MA", "Austin, TX": a region's two-letter code is how an address or a dateline
 * places a town, and almost nothing else in running text. Elsewhere the same capitals are
 * a degree ("an MA in history"), Los Angeles ("LA"), a word in a headline ("IN", "OK") or
 * an Indian state's short name, so a code links only after a town and a comma, or on a
 * page that names the region in full (issue #13).
 */
import type { Candidate, Lookup } from './lookup';
import { isCapitalised, isWordChar } from './normalize';

const CODE = /^\p{Lu}{2}$/u;

export function isRegionCode(c: Candidate, lookup: Pick<Lookup, 'regions'>): boolean {
  // Asked of every candidate the rules weigh: the set lookup first, the pattern only for regions.
  return lookup.regions.has(c.entity) && c.single && CODE.test(c.text);
}

/** True when `at` follows "<Capitalised word>, ". */
export function placesATown(t: string, at: number): boolean {
  if (t[at - 1] !== ' ' || t[at - 2] !== ',') return false;
  let s = at - 2;
  while (s > 0 && isWordChar(t[s - 1])) s--;
  return s < at - 2 && isCapitalised(t.slice(s, at - 2));
}
