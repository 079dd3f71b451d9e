import { describe, expect, it } from 'vitest';
import { scrollBehavior } from './scroll';

const withMotion = (reduce: boolean) => ({ matchMedia: (q: string) => ({ matches: reduce && q.includes('reduce') }) }) as unknown as Window;

describe('scrollBehavior', () => {
  it('jumps for a reader who asks for reduced motion, else leaves it to the CSS', () => {
    expect(scrollBehavior(withMotion(true))).toBe('instant');
    expect(scrollBehavior(withMotion(false))).toBe('auto');
    expect(scrollBehavior({} as Window)).toBe('auto');
  });
});
