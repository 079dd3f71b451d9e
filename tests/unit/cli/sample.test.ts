// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samplePages } from '../../../scripts/cli/sample';

const pages = Array.from({ length: 1000 }, (_, i) => i);

describe('samplePages', () => {
  it('spreads an unseeded sample evenly, as before', () => {
    expect(samplePages(pages, 4)).toEqual([0, 250, 500, 750]);
    expect(samplePages([1, 2, 3], 0)).toEqual([1, 2, 3]);
    expect(samplePages([1, 2, 3], 10)).toEqual([1, 2, 3]);
  });

  it('draws the same distinct pages, in corpus order, for the same seed', () => {
    const a = samplePages(pages, 300, 1111);
    expect(a).toEqual(samplePages(pages, 300, 1111));
    expect(new Set(a).size).toBe(300);
    expect(a).toEqual([...a].sort((x, y) => x - y));
  });

  it('draws different pages for another seed, and not the even spread', () => {
    const a = samplePages(pages, 300, 1111);
    expect(a).not.toEqual(samplePages(pages, 300, 1112));
    expect(a).not.toEqual(samplePages(pages, 300));
    // Not bunched at one end of the corpus: each half holds a fair share.
    const low = a.filter((i) => i < 500).length;
    expect(low).toBeGreaterThan(110);
    expect(low).toBeLessThan(190);
  });

  it('takes the whole corpus when asked for more pages than it has, whatever the seed', () => {
    expect(samplePages([5, 6, 7], 10, 9)).toEqual([5, 6, 7]);
  });
});
