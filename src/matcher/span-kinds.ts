/**
 * What all of a span's candidates are, as bits read once per span: the neighbour rules of
 * match.ts (markGlued) ask it up to seven times for each span; asking the candidates each
 * time cost about a tenth of all matching on the bench's text (old and new code timed in pairs).
 */
import type { Candidate } from './lookup';

/** Each bit: every candidate is so (as every() says, an empty list is all of them). */
export const ALL_PERSON = 1, ALL_FULL_PERSON = 2, ALL_PLACE = 4, ALL_ONE_WORD = 8, ALL_ONE_WORD_THING = 16, NO_PERSON = 32;

export function kindsOf(cands: readonly Candidate[], isPerson: (entity: number) => boolean, isPlace: (entity: number) => boolean): number {
  let bits = ALL_PERSON | ALL_FULL_PERSON | ALL_PLACE | ALL_ONE_WORD | ALL_ONE_WORD_THING | NO_PERSON;
  for (const c of cands) {
    const person = isPerson(c.entity);
    if (!person) bits &= ~(ALL_PERSON | ALL_FULL_PERSON);
    else bits &= ~(ALL_ONE_WORD_THING | NO_PERSON);
    if (c.single) bits &= ~ALL_FULL_PERSON;
    else bits &= ~(ALL_ONE_WORD | ALL_ONE_WORD_THING);
    if (!isPlace(c.entity)) bits &= ~ALL_PLACE;
  }
  return bits;
}
