import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastRatio } from './contrast';

describe('contrast', () => {
  it('measures WCAG contrast both ways round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
