import { describe, expect, it } from 'vitest';
import { interleave, median, ms2 } from '../../../scripts/bench/stats';
import { seeded } from '../../../scripts/bench/prng';
import { newsText } from '../../../scripts/bench/text';

describe('median and ms2', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(ms2(1.23456)).toBe(1.23);
  });
});

describe('interleave', () => {
  it('runs every function once per round, in order, and keeps only timed rounds', () => {
    const calls: string[] = [];
    let clock = 0;
    const out = interleave({
      a: () => { calls.push('a'); clock += 1; },
      b: () => { calls.push('b'); clock += 3; },
    }, { warmup: 2, runs: 3, now: () => clock });
    expect(calls.join('')).toBe('ababababab');
    expect(out.a).toEqual([1, 1, 1]);
    expect(out.b).toEqual([3, 3, 3]);
  });
});

describe('seeded PRNG', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seeded(42), b = seeded(42), c = seeded(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('newsText', () => {
  const names = [
    { name: 'Amira Haddad', aliases: ['Haddad'] },
    { name: 'Republic of Velmora', aliases: ['Velmora'] },
    { name: 'Tomas Berg', aliases: [] },
  ];

  it('is the same for the same seed, and has at least the words asked for', () => {
    const text = newsText(names, 2000, 3);
    expect(newsText(names, 2000, 3)).toBe(text);
    expect(newsText(names, 2000, 4)).not.toBe(text);
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(2000);
    expect(words).toBeLessThan(2100);
  });

  it('names every entity, full names before their short aliases', () => {
    const text = newsText(names, 3000);
    for (const n of names) expect(text).toContain(n.name);
    expect(text.indexOf('Amira Haddad')).toBeLessThanOrEqual(text.search(/(?<!Amira )Haddad/));
    expect(text.split('\n\n').length).toBeGreaterThan(10);
  });
});
