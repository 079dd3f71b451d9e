import { describe, expect, it } from 'vitest';
import { firstMentions } from './mention';
import type { Mention } from './mention';

const m = (entity: number, start: number): Mention => ({ entity, start, end: start + 3, surface: 'abc' });

describe('first mentions', () => {
  const mentions = [m(1, 0), m(2, 10), m(1, 20), m(2, 30), m(3, 40), m(3, 50)];

  it('keeps each entity’s first mention when every mention is first-only', () => {
    expect(firstMentions(mentions).map((x) => x.start)).toEqual([0, 10, 40]);
  });

  it('thins only the mentions the rule names (terms), leaving names marked throughout', () => {
    const termsOnly = (x: Mention) => x.entity === 3;
    expect(firstMentions(mentions, termsOnly).map((x) => x.start)).toEqual([0, 10, 20, 30, 40]);
  });
});
