/**
 * The clean view side by side (`ab.ts --clean-view`, issue #14 item 4): each page is loaded
 * in both builds in turn (the order flips every load), clean mode is opened there as the
 * bench opens it (Gloss's own work from the toggle to the view ready to paint, by phase),
 * and `Readability.parse` alone runs on the same loaded page. Both sides' ratios share one
 * baseline per page (the median of every Readability run on it, either side), so a change
 * in a ratio is a change in Gloss's work, not in the baseline's spread.
 */
import type { BenchBrowser } from './chromium.ts';
import { cleanViewTimes, readabilityAlone } from './interactions.ts';
import { loadWith } from './page-load.ts';
import { median, ms2 } from './stats.ts';
import { percentile } from './budgets.ts';

export interface CleanViewRow {
  id: string;
  group: string;
  /** Per side: every open's work (ms), and each phase's times. */
  work: [number[], number[]];
  phases: [Record<string, number[]>, Record<string, number[]>];
  readability: number[];
  error?: string;
}

/** One load of `url` in `b`: `opens` clean-view openings, then `parses` Readability runs. */
async function oneSide(b: BenchBrowser, url: string, opens: number, parses: number) {
  const w = await loadWith(b, url);
  try {
    const reader = await cleanViewTimes(b, w.page, w.tabId, opens, { traced: false });
    const readability = await readabilityAlone(w.page, parses).catch(() => []);
    return { reader, readability };
  } finally {
    await w.page.close();
  }
}

/** `index`: the page's place in the run; which side goes first flips from page to page too,
 *  so that a run of one load per side is balanced. */
export async function cleanViewPage(browsers: BenchBrowser[], id: string, group: string, url: string, reps: number, opens: number, index = 0): Promise<CleanViewRow> {
  const row: CleanViewRow = { id, group, work: [[], []], phases: [{}, {}], readability: [] };
  try {
    for (let r = 0; r < reps; r++) {
      for (const i of (r + index) % 2 ? [1, 0] : [0, 1]) {
        const { reader, readability } = await oneSide(browsers[i]!, url, opens, 3);
        if (reader.error) row.error = reader.error;
        row.work[i]!.push(...reader.workMs);
        for (const [k, v] of Object.entries(reader.phasesMs)) (row.phases[i]![k] ??= []).push(v);
        row.readability.push(...readability);
      }
    }
  } catch (e) {
    row.error = (e as Error).message.split('\n')[0];
  }
  return row;
}

const f2 = (x: number) => x.toFixed(2);

export function cleanViewLine(r: CleanViewRow): string {
  const base = median(r.readability);
  const [a, b] = r.work.map(median) as [number, number];
  return `${r.id.padEnd(40)} Readability ${f2(base).padStart(6)}  A ${f2(a).padStart(7)} (${f2(a / base)}×)  B ${f2(b).padStart(7)} (${f2(b / base)}×)${r.error ? `  ${r.error}` : ''}`;
}

/** Median and p90 of the per-page ratios on each side, as the bench's budget line reads them, and where the work goes. */
export function cleanViewSummary(rows: CleanViewRow[]): string[] {
  const ok = rows.filter((r) => r.work[0].length && r.work[1].length && r.readability.length);
  if (!ok.length) return ['clean view: measured on no page'];
  const ratios = [0, 1].map((i) => ok.map((r) => median(r.work[i]!) / median(r.readability)));
  const diff = ok.map((r) => median(r.work[1]) - median(r.work[0]));
  const phaseNames = [...new Set(ok.flatMap((r) => [...Object.keys(r.phases[0]), ...Object.keys(r.phases[1])]))];
  const phase = (i: number) => phaseNames.map((n) => `${n} ${f2(median(ok.map((r) => median(r.phases[i]![n] ?? [0]))))}`).join(', ');
  return [
    `clean view over ${ok.length} pages: work / Readability.parse, A median ${f2(median(ratios[0]!))}×, p90 ${f2(percentile(ratios[0]!, 0.9))}×; `
      + `B median ${f2(median(ratios[1]!))}×, p90 ${f2(percentile(ratios[1]!, 0.9))}×`,
    `work: median of page medians A ${ms2(median(ok.map((r) => median(r.work[0]))))} ms, B ${ms2(median(ok.map((r) => median(r.work[1]))))} ms; `
      + `median per-page B-A ${ms2(median(diff))} ms; B lower on ${diff.filter((d) => d < 0).length} of ${ok.length}; Readability median ${ms2(median(ok.map((r) => median(r.readability))))} ms`,
    `phases, median over pages (ms): A ${phase(0)}`,
    `                                B ${phase(1)}`,
  ];
}
