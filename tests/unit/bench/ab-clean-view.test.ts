import { describe, expect, it } from 'vitest';
import { cleanViewSummary, type CleanViewRow } from '../../../scripts/bench/ab-clean-view';

const row = (id: string, a: number[], b: number[], readability: number[], error?: string): CleanViewRow =>
  ({ id, group: 'fixture', work: [a, b], phases: [{ view: a }, { view: b }], readability, ...(error ? { error } : {}) });

describe('ab --clean-view summary', () => {
  it('judges both sides against one baseline per page, as the budget line reads ratios', () => {
    const lines = cleanViewSummary([
      row('p1', [10, 12, 14], [5, 6, 7], [2, 2]),
      row('p2', [30], [20], [10]),
      row('p3', [8], [9], [4]),
      row('no-baseline', [8], [9], []),
    ]);
    // Ratios A: 6, 3, 2 → median 3, p90 6; B: 3, 2, 2.25 → median 2.25, p90 3.
    expect(lines[0]).toBe('clean view over 3 pages: work / Readability.parse, A median 3.00×, p90 6.00×; B median 2.25×, p90 3.00×');
    expect(lines[1]).toContain('median per-page B-A -6 ms; B lower on 2 of 3');
    expect(lines[2]).toBe('phases, median over pages (ms): A view 12.00');
  });

  it('says so when no page was measured', () => {
    expect(cleanViewSummary([row('x', [], [], [1])])).toEqual(['clean view: measured on no page']);
  });
});
