import { describe, expect, it } from 'vitest';
import { currentHeading, HEADING_MARGIN, headingStep, minutesLeft, progress, type HeadingSpot } from './navigation';

const heads: HeadingSpot[] = [100, 900, 2000].map((top, i) => ({ id: `h${i}`, text: `H${i}`, level: 2, top }));

describe('reading navigation', () => {
  it('marks the section the reader is in', () => {
    expect(currentHeading(heads, 0)).toBe(-1);
    expect(currentHeading(heads, 50)).toBe(0);
    expect(currentHeading(heads, 1000)).toBe(1);
    expect(currentHeading(heads, 5000)).toBe(2);
  });

  it('steps to the next and previous heading from where the reader is, headings sitting below the toolbar', () => {
    const at = (i: number) => heads[i]!.top - HEADING_MARGIN;
    expect(headingStep(heads, 0, 1)).toBe(0);
    expect(headingStep(heads, at(0), 1)).toBe(1);
    expect(headingStep(heads, at(1), 1)).toBe(2);
    expect(headingStep(heads, at(1) + 300, -1)).toBe(1);
    expect(headingStep(heads, at(1), -1)).toBe(0);
    expect(headingStep(heads, at(2), 1)).toBe(2);
  });

  it('measures progress and the minutes left', () => {
    expect(progress(0, 3000, 1000)).toBe(0);
    expect(progress(1000, 3000, 1000)).toBe(0.5);
    expect(progress(0, 800, 1000)).toBe(1);
    expect(minutesLeft(10, 0)).toBe(10);
    expect(minutesLeft(10, 0.95)).toBe(1);
    expect(minutesLeft(10, 1)).toBe(0);
  });
});
