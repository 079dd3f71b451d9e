import { describe, expect, it } from 'vitest';
import { backgroundBudgets, budgets, cardBudget, cleanViewBudgets, growthBudgets, longTaskBudget, matcherBudget, pageCostBudgets, percentile, toggleHeapBudget } from '../../../scripts/bench/budgets';
import { parseArgs } from '../../../scripts/bench/args';
import { PAGE_HUNG } from '../../../scripts/bench/figures';
import type { BrowserFigures, PageFigures } from '../../../scripts/bench/browser';
import type { MatcherFigures } from '../../../scripts/bench/matcher';
import { BUDGETS } from '../../../src/timing';

function page(over: Partial<PageFigures>): PageFigures {
  return {
    id: 'p', group: 'fixture', url: 'http://x/', article: true, kind: 'article', names: 3, with: [], without: [],
    extensionJsMs: 5, mainThreadWithMs: 10, mainThreadWithoutMs: 5, extensionTaskMs: 5, heapAddedBytes: 1,
    extensionLongTasks: [], longestWithMs: 0, longestWithoutMs: 0,
    reader: { openMs: [10, 12, 11], workMs: [15, 16, 14], phasesMs: { extraction: 10, view: 5 }, readabilityMs: [9, 10, 8], ratio: 15 / 9, longTasksMs: [] },
    cards: { paintMs: [5, 6, 7], nextFrameMs: [1] },
    ...over,
  };
}
const browser = (pages: PageFigures[]): BrowserFigures => ({ chromium: '1', repeats: { load: 3, reader: 3, cards: 3 }, pages });

describe('budgets', () => {
  it('passes the matcher at the limit and fails above it', () => {
    const m = (ratio: number) => ({ ratio, words: 10, runs: 1, tokenizeMs: 1, shipped: { matchMs: ratio } }) as MatcherFigures;
    expect(matcherBudget(m(BUDGETS.matcherVsTokenizeRatio)).ok).toBe(true);
    expect(matcherBudget(m(BUDGETS.matcherVsTokenizeRatio + 0.01)).ok).toBe(false);
  });

  it('fails long tasks that ran extension code and names page, time and functions', () => {
    const bad = page({ id: 'demo', extensionLongTasks: [{ run: 0, start: 400, duration: 70, extensionMs: 33, top: ['buildLookup x.js:1'] }] });
    const line = longTaskBudget(browser([page({}), bad]));
    expect(line.ok).toBe(false);
    expect(line.details[0]).toContain('demo (load 1): 70.00 ms task at 400.00 ms, 33.00 ms of it in extension code: buildLookup');
    expect(longTaskBudget(browser([page({})])).ok).toBe(true);
    expect(longTaskBudget(browser([page({ error: 'boom' })])).ok).toBe(false);
    // A page whose own scripts hang it says nothing about Gloss: listed, not failed.
    const hung = longTaskBudget(browser([page({}), page({ id: 'spin', error: `${PAGE_HUNG}: it does not answer` })]));
    expect(hung.ok).toBe(true);
    expect(hung.details[0]).toMatch(/^spin: not measured .*\(not counted\)$/);
    expect(longTaskBudget(null).ok).toBe(false);
  });

  it('judges cards and the clean view per page, by median', () => {
    expect(cardBudget(browser([page({})])).ok).toBe(true);
    const slow = page({ id: 'long', cards: { paintMs: [10, 30, 40], nextFrameMs: [1] } });
    expect(cardBudget(browser([page({}), slow])).details).toEqual(['long: 30.00 ms (median of 3 cards)']);
    expect(cardBudget(browser([page({ cards: { paintMs: [], nextFrameMs: [] } })])).ok).toBe(false);
  });

  it('judges the clean view by the median and p90 of Gloss\'s work over Readability, and first paint at p90', () => {
    const at = (ratio: number, paint = 20, group: PageFigures['group'] = 'corpus') =>
      page({ group, reader: { openMs: [paint], workMs: [ratio * 10], phasesMs: { extraction: ratio * 10 }, readabilityMs: [10], ratio, longTasksMs: [] } });
    const ok = (pages: PageFigures[]) => cleanViewBudgets(browser(pages)).map((l) => l.ok);
    const ten = (r: number[]) => r.map((x) => at(x));
    expect(ok([page({})])).toEqual([true, true]);
    // Median at the limit passes; p90 over the limit fails.
    expect(ok(ten([1, 1, 1.5, 1.5, 2, 2, 2, 2.5, 3, 9]))).toEqual([true, true]);
    expect(ok(ten([1, 1, 1.5, 1.5, 2, 2, 2, 2.5, 3.1, 9]))).toEqual([false, true]);
    expect(ok(ten([2.1, 2.1, 2.1, 2.1, 2.1, 2.1, 1, 1, 1, 1]))).toEqual([false, true]);
    // A slow first paint on more than a tenth of the pages fails; the hostile pages are not counted.
    expect(ok([...ten([1, 1, 1, 1, 1, 1, 1, 1, 1]), at(1, 150)])).toEqual([true, true]);
    expect(ok([...ten([1, 1, 1, 1, 1, 1, 1, 1]), at(1, 150), at(1, 150)])).toEqual([true, false]);
    expect(ok([...ten([1, 1, 1]), at(50, 3000, 'hostile')])).toEqual([true, true]);
    const lines = cleanViewBudgets(browser(ten([1, 4])));
    expect(lines[0]!.details[0]).toBe('p: 40.00 ms (extraction 40.00) vs 10.00 ms = 4.00×');
    expect(cleanViewBudgets(null).map((l) => l.ok)).toEqual([false, false]);
  });

  it('judges page cost by kind of page: median script, p90 on articles, median heap', () => {
    const other = (ms: number, bytes = 500_000) => page({ kind: 'other', article: false, extensionJsMs: ms, heapAddedBytes: bytes });
    const art = (ms: number) => page({ kind: 'article', extensionJsMs: ms, heapAddedBytes: 1_500_000 });
    const ok = pageCostBudgets(browser([other(4), other(5), other(9), art(10), art(11), art(12)]));
    expect(ok.map((l) => l.ok)).toEqual([true, true, true, true]);
    const slow = pageCostBudgets(browser([other(7), other(8), other(1, 3_000_000), art(10), art(11), art(40)]));
    expect(slow.map((l) => [l.name, l.ok])).toEqual([
      ['script added on pages that are not articles', false], ['heap added on pages that are not articles', true],
      ['script added on article pages', false], ['heap added on article pages', true],
    ]);
    expect(slow[2]!.summary).toMatch(/p90 40\.00 ms/);
    expect(pageCostBudgets(browser([art(1)]))[0]!.ok).toBe(false);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    // A hostile page's cost is its own budget (long tasks), not part of real pages' medians.
    const withHuge = pageCostBudgets(browser([other(5), other(7), page({ group: 'hostile', kind: 'other', extensionJsMs: 900 })]));
    expect(withHuge[0]!.ok).toBe(true);
  });

  it('fails clean mode when the demo tab keeps heap per toggle', () => {
    const demo = (bytes: number) => page({ id: 'demo', group: 'demo', toggles: { count: 40, heapGrowthBytes: bytes } });
    expect(toggleHeapBudget(browser([demo(300_000)])).ok).toBe(true);
    expect(toggleHeapBudget(browser([demo(BUDGETS.toggleHeapGrowthMb * 1e6 + 1)])).ok).toBe(false);
    expect(toggleHeapBudget(browser([page({})])).ok).toBe(false);
  });

  it('judges names found as the knowledge base grows, and records answered by the background', () => {
    const m = (grown: number, scaled: number) => ({ shipped: { matchMs: 10, entities: 6000 }, scaled: { matchMs: 10 * scaled },
      growth: { earlierRecords: 1892, earlierMs: 10, shippedMs: 10 * grown } }) as MatcherFigures;
    expect(growthBudgets(m(BUDGETS.namesGrowthRatio, BUDGETS.namesScaledRatio)).map((l) => l.ok)).toEqual([true, true]);
    expect(growthBudgets(m(BUDGETS.namesGrowthRatio + 0.01, BUDGETS.namesScaledRatio + 0.01)).map((l) => l.ok)).toEqual([false, false]);
    const bg = (wake: number, warm: number): BrowserFigures => ({ ...browser([]),
      background: { afterWakeMs: [wake, wake, 1], wakeFloorMs: [1], warmMs: [warm, warm, 1], warmFloorMs: [1] } });
    expect(backgroundBudgets(bg(BUDGETS.recordAfterWakeMs, BUDGETS.recordWarmMs)).map((l) => l.ok)).toEqual([true, true]);
    expect(backgroundBudgets(bg(BUDGETS.recordAfterWakeMs + 1, BUDGETS.recordWarmMs + 1)).map((l) => l.ok)).toEqual([false, false]);
    expect(backgroundBudgets({ ...browser([]), background: { error: 'no worker' } })[0]!.summary).toMatch(/not measured: no worker/);
  });

  it('reports every budget, failing those not measured', () => {
    const lines = budgets(null, null, null);
    expect(lines).toHaveLength(15);
    expect(lines.every((l) => !l.ok)).toBe(true);
  });
});

describe('parseArgs', () => {
  it('reads options in both spellings and keeps defaults', () => {
    expect(parseArgs([])).toMatchObject({ out: 'bench/results.json', reps: 3, browser: true });
    expect(parseArgs(['--out', 'x.json', '--pages=/c', '--max-pages', '4', '--skip-browser']))
      .toMatchObject({ out: 'x.json', pages: '/c', maxPages: 4, browser: false });
  });
  it('refuses unknown options and missing or bad values', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option --fast/);
    expect(() => parseArgs(['--out'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--out', '--pages'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--reps', '0'])).toThrow(/whole number/);
  });
});
