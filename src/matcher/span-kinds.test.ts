import { describe, expect, it } from 'vitest';
import type { Candidate } from './lookup';
import { ALL_FULL_PERSON, ALL_ONE_WORD, ALL_ONE_WORD_THING, ALL_PERSON, ALL_PLACE, kindsOf, NO_PERSON } from './span-kinds';

// Entities 0-1 are people, 2 a place, 3 an organisation.
const isPerson = (e: number) => e <= 1;
const isPlace = (e: number) => e === 2;
const cand = (entity: number, single: boolean) => ({ entity, single }) as Candidate;
const kinds = (...cands: Candidate[]) => kindsOf(cands, isPerson, isPlace);

describe('kindsOf', () => {
  it('says what every candidate is, as every() would', () => {
    expect(kinds(cand(0, false), cand(1, false))).toBe(ALL_PERSON | ALL_FULL_PERSON);
    expect(kinds(cand(0, true))).toBe(ALL_PERSON | ALL_ONE_WORD);
    expect(kinds(cand(2, true))).toBe(ALL_PLACE | ALL_ONE_WORD | ALL_ONE_WORD_THING | NO_PERSON);
    expect(kinds(cand(2, false), cand(3, false))).toBe(NO_PERSON);
    expect(kinds(cand(0, true), cand(2, true))).toBe(ALL_ONE_WORD);
    expect(kinds()).toBe(ALL_PERSON | ALL_FULL_PERSON | ALL_PLACE | ALL_ONE_WORD | ALL_ONE_WORD_THING | NO_PERSON);
  });
});
