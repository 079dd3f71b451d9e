import { describe, expect, it } from 'vitest';
import { inventWord, scaleIndex } from '../../../scripts/bench/synthetic-index';
import { AliasFlag, type AliasIndex } from '../../../src/knowledge/types';

const base: AliasIndex = {
  version: 1,
  entities: [['a', 'Senator Ann Lee', 'person'], ['b', 'Senator Bo Kim', 'person'], ['c', 'Senator Cy Ray', 'person'],
    ['d', 'Senator Di Fox', 'person'], ['e', 'Senator Ed Roe', 'person'], ['f', 'Georgia', 'country']],
  aliases: [
    ['Senator Ann Lee', 0, AliasFlag.FullName], ['Lee', 0, AliasFlag.Surname],
    ['Senator Bo Kim', 1, AliasFlag.FullName], ['Senator Cy Ray', 2, AliasFlag.FullName],
    ['Senator Di Fox', 3, AliasFlag.FullName], ['Senator Ed Roe', 4, AliasFlag.FullName],
    ['Georgia', 5, AliasFlag.FullName | AliasFlag.Ambiguous, [0], ['Tbilisi']],
  ],
};

describe('scaleIndex', () => {
  const big = scaleIndex(base, 10);

  it('is the shipped index followed by copies: 10 times the entities and aliases', () => {
    expect(big.entities.length).toBe(60);
    expect(big.aliases.length).toBe(70);
    expect(big.entities.slice(0, 6)).toEqual(base.entities);
    expect(big.aliases.slice(0, 7)).toEqual(base.aliases);
  });

  it('never repeats an alias, keeps shared title words, flags and remapped context', () => {
    expect(new Set(big.aliases.map((a) => a[0])).size).toBe(big.aliases.length);
    const copy3 = big.aliases.slice(3 * 7, 4 * 7);
    expect(copy3[0]![0]).toMatch(/^Senator [A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(copy3[0]![0]).not.toBe('Senator Ann Lee');
    expect(copy3.map((a) => a[2])).toEqual(base.aliases.map((a) => a[2]));
    const georgia = copy3[6]!;
    expect(georgia[1]).toBe(5 + 3 * 6);
    expect(georgia[3]).toEqual([0 + 3 * 6]);
    expect(georgia[4]).toEqual(['Tbilisi']);
  });

  it('renames a surname the same way alone and inside the full name', () => {
    const copy1 = big.aliases.slice(7, 14);
    expect(copy1[0]![0].endsWith(' ' + copy1[1]![0])).toBe(true);
  });

  it('rejects a factor that is not a positive integer', () => {
    expect(() => scaleIndex(base, 0)).toThrow();
    expect(() => scaleIndex(base, 1.5)).toThrow();
  });
});

describe('inventWord', () => {
  it('is stable per (word, copy) and keeps the capitalisation pattern', () => {
    expect(inventWord('Lee', 2)).toBe(inventWord('Lee', 2));
    expect(inventWord('Lee', 2)).not.toBe(inventWord('Lee', 3));
    expect(inventWord('NATO', 1)).toMatch(/^[A-Z]+$/);
    expect(inventWord('al', 1)).toMatch(/^[a-z]+$/);
  });
});
