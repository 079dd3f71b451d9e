/**
 * Interactions on a loaded page: clean mode opened (toggle received → first paint, and
 * Gloss's own work until the view is ready to paint, from the content script's own clock)
 * beside Readability.parse alone; cards opened one after
 * another (record arrived → card painted) beside a frame with no work.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { PageStatus } from '../../src/messages.ts';
import type { PagePerf } from '../../src/probes/paint.ts';
import { BUDGETS } from '../../src/timing.ts';
import { heapAfterGc, longTasks, messageTab, pageStatus, sleep, until, type BenchBrowser } from './chromium.ts';
import { QUIET_MS, traceWhile } from './page-load.ts';
import { median, ms2 } from './stats.ts';
import type { TraceFigures } from './trace.ts';
import { PAGE_CHANGES } from './figures.ts';

const READABILITY_JS = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

export async function readabilityAlone(page: Page, runs: number): Promise<number[]> {
  await page.addScriptTag({ content: READABILITY_JS });
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    out.push(await page.evaluate(() => {
      const R = (globalThis as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
      const start = performance.now();
      new R(document.cloneNode(true) as Document).parse();
      return performance.now() - start;
    }));
    await sleep(50);
  }
  return out.map(ms2);
}

const perfOf = async (control: Page, tabId: number): Promise<PagePerf> =>
  (await pageStatus(control, tabId)).perf ?? { cardPaints: 0, readerOpens: 0 };

/** Both clean-view clocks: toggle → first paint (PagePerf) and Gloss's work (ReaderWork). */
const readerClocks = async (control: Page, tabId: number) => {
  const s = await pageStatus(control, tabId);
  return { opens: s.perf?.readerOpens ?? 0, firstPaintMs: s.perf?.readerOpenMs, works: s.readerWork?.count ?? 0, work: s.readerWork };
};

/** A large page paints its progress first and its article seconds later (TIMING.readerProgressElements). */
const ARTICLE_WAIT_MS = 30_000;

/**
 * Clean mode opened `runs` times: toggle → first paint (the clock stops in the task after
 * the next frame), and Gloss's own work from the toggle to the view ready to paint, by phase.
 */
export async function cleanViewTimes(ext: BenchBrowser, page: Page, tabId: number, runs: number, { traced = true } = {}) {
  const control = ext.control!;
  const openMs: number[] = [];
  const workMs: number[] = [];
  const phaseRuns: Record<string, number>[] = [];
  let error: string | undefined;
  let trace: TraceFigures | null = null;
  const before = (await longTasks(page)).length;
  const openOnce = async () => {
    const seen = await readerClocks(control, tabId);
    const status = await messageTab<PageStatus>(control, tabId, { type: 'reader/toggle', open: true });
    if (!status.readerOpen) return { status, clocks: null };
    const clocks = await until(() => readerClocks(control, tabId), (c) => c.opens > seen.opens && c.works > seen.works, ARTICLE_WAIT_MS);
    // The error, if any, is known once the article is read (a large page reads it later).
    return { status: clocks ? await pageStatus(control, tabId) : status, clocks };
  };
  for (let i = 0; i < runs; i++) {
    // The second open is traced: warm, like most of the ones the median is taken from.
    // (Side-by-side runs trace none: the tracer's own cost would sit in one open of each side.)
    const { status, clocks } = i === 1 && traced
      ? await traceWhile(ext, page, openOnce).then((r) => { trace = r.trace; return r.value; })
      : await openOnce();
    if (!status.readerOpen) { error = status.readerError ?? 'clean mode did not open'; break; }
    if (clocks?.firstPaintMs !== undefined) openMs.push(ms2(clocks.firstPaintMs));
    if (clocks?.work) { workMs.push(ms2(clocks.work.workMs)); phaseRuns.push(clocks.work.phases); }
    if (status.readerError) error = status.readerError;
    await sleep(QUIET_MS);
    await messageTab(control, tabId, { type: 'reader/toggle', open: false });
    await sleep(100);
  }
  const during = (await longTasks(page)).slice(before).filter((t) => t.duration > BUDGETS.longTaskMs).map((t) => ms2(t.duration));
  const names = [...new Set(phaseRuns.flatMap((p) => Object.keys(p)))];
  const phasesMs = Object.fromEntries(names.map((n) => [n, ms2(median(phaseRuns.map((p) => p[n] ?? 0)))]));
  return { openMs, workMs, phasesMs, error, longTasksMs: during, trace: trace as TraceFigures | null };
}

/** Heap after garbage collection before and after `count` open-and-close toggles. */
export async function toggleHeapGrowth(ext: BenchBrowser, page: Page, tabId: number, count: number) {
  const control = ext.control!;
  const toggle = (open: boolean) => messageTab<PageStatus>(control, tabId, { type: 'reader/toggle', open });
  // One round first: the reader chunk and its styles load once, and that is not growth.
  await toggle(true);
  await toggle(false);
  await sleep(QUIET_MS);
  const before = await heapAfterGc(page);
  for (let i = 0; i < count; i++) {
    await toggle(true);
    await toggle(false);
  }
  await sleep(QUIET_MS);
  return { count, heapGrowthBytes: Math.round((await heapAfterGc(page)) - before) };
}

export async function cardTimes(ext: BenchBrowser, page: Page, tabId: number, steps: number) {
  const control = ext.control!;
  const out: number[] = [];
  const next = () => messageTab(control, tabId, { type: 'cards/step', direction: 1 });
  const stepOnce = async () => {
    const seen = (await perfOf(control, tabId)).cardPaints;
    await next();
    // A name already shown comes from the cache and is not timed: move on after a while.
    const perf = await until(() => perfOf(control, tabId), (p) => p.cardPaints > seen, 1000);
    if (perf?.cardPaintMs !== undefined && perf.cardPaints > seen) out.push(ms2(perf.cardPaintMs));
    await sleep(50);
  };
  // Timed with no tracer attached: tracing itself added 5-10 ms to each card.
  for (let i = 0; i < steps; i++) await stepOnce();
  // The same number of steps again, traced, to say where the time goes (cards now cached).
  const { trace } = await traceWhile(ext, page, async () => { for (let i = 0; i < steps; i++) { await next(); await sleep(150); } });
  await page.keyboard.press('Escape');
  return { paintMs: out, trace };
}

/**
 * What one DOM change the page makes of its own (a span appended, as a ticker or an ad
 * would) costs in style, layout and paint, traced; the same page without the extension is
 * the baseline. With names marked, Chromium rebuilds every registered highlight on each
 * change (docs/adr/0001-highlights-not-wrappers.md).
 */
export async function pageChangeCost(b: BenchBrowser, page: Page): Promise<number> {
  const { trace } = await traceWhile(b, page, () => page.evaluate((n) => new Promise<void>((done) => {
    let i = 0;
    const id = setInterval(() => {
      const s = document.createElement('span');
      s.textContent = ` ${i}`;
      document.body.append(s);
      if (++i === n) { clearInterval(id); setTimeout(done, 100); }
    }, 100);
  }), PAGE_CHANGES));
  return trace ? ms2((trace.styleMs + trace.layoutMs + trace.paintMs) / PAGE_CHANGES) : NaN;
}

/** The same stopping rule as a card's, with no work: a frame, then a task after it. */
export async function nextFrameFloor(page: Page, samples: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    out.push(await page.evaluate((delay) => new Promise<number>((done) => setTimeout(() => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
    }, delay)), 7 + i * 3));
  }
  return out.map(ms2);
}

