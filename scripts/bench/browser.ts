/**
 * Browser figures, in real Chromium with the built extension and, for each baseline, the
 * same Chromium without it, on the same pages served from 127.0.0.1:
 * - page load: main-thread task time (CDP Performance TaskDuration) and long tasks, with
 *   vs without the extension; the window lasts until Gloss has detected, marked names
 *   and gone quiet, and the baseline page is given the same time;
 * - JS heap per tab after garbage collection, with vs without;
 * - clean view: 'reader/toggle' received → first paint, and Gloss's own work until the
 *   view is ready to paint, beside `new Readability(document.cloneNode(true)).parse()`
 *   alone on the same page;
 * - cards: record arrived → card painted, beside the wait for the next frame with no work;
 * - a DOM change of the page's own: style, layout and paint with vs without (marked pages).
 */
import type { Page } from 'playwright-core';
import type { PageStatus } from '../../src/messages.ts';
import { serveStatic, type StaticServer } from '../browsers/server.ts';
import { backgroundAnswers } from './background.ts';
import { launchBench, type BenchBrowser } from './chromium.ts';
import { phases, type BrowserFigures, type LoadRun, type PageFigures, type Repeats } from './figures.ts';
import { cardTimes, cleanViewTimes, nextFrameFloor, pageChangeCost, readabilityAlone, toggleHeapGrowth } from './interactions.ts';
import { loadWith, loadWithout } from './page-load.ts';
import type { BenchPage } from './pages.ts';
import { max, median, ms2 } from './stats.ts';
import { causedByExtension } from './trace.ts';
import { BUDGETS } from '../../src/timing.ts';

export type { BrowserFigures, PageFigures, Phases, Repeats } from './figures.ts';
export { DEFAULT_REPEATS } from './figures.ts';


/** Enough toggles that a view kept per toggle (hundreds of kB) adds up past the budget. */
const TOGGLES = 40;

async function measurePage(ext: BenchBrowser, base: BenchBrowser, p: BenchPage, url: string, reps: Repeats): Promise<PageFigures> {
  const withRuns: LoadRun[] = [];
  const withoutRuns: LoadRun[] = [];
  const open: Page[] = [];
  try {
    let kept: { page: Page; tabId: number; status: PageStatus } | null = null;
    let basePage: Page | null = null;
    for (let r = 0; r < reps.load; r++) {
      const last = r === reps.load - 1;
      const w = await loadWith(ext, url);
      open.push(w.page);
      withRuns.push(w.run);
      if (last) kept = w; else await w.page.close();
      const wo = await loadWithout(base, url, w.run.windowMs);
      open.push(wo.page);
      withoutRuns.push(wo.run);
      if (last) basePage = wo.page; else await wo.page.close();
    }
    const { page, tabId, status } = kept!;
    const pageChange = status.names > 0
      ? { withMs: await pageChangeCost(ext, page), withoutMs: await pageChangeCost(base, basePage!) } : undefined;
    // A page whose own script removed its root element (wcxb-0519) has no document for
    // Readability to parse or to take a script tag: its load is still measured, its clean
    // view just has no baseline to stand beside.
    const readabilityMs = await readabilityAlone(basePage!, reps.reader).catch(() => []);
    const nextFrameMs = await nextFrameFloor(basePage!, reps.cards);
    const reader = await cleanViewTimes(ext, page, tabId, reps.reader);
    const cards = status.names > 0 ? await cardTimes(ext, page, tabId, reps.cards) : { paintMs: [], trace: null };
    const toggles = p.group === 'demo' ? await toggleHeapGrowth(ext, page, tabId, TOGGLES) : undefined;
    return { ...summarize(p, url, status, withRuns, withoutRuns, readabilityMs, nextFrameMs, reader, cards),
      ...(pageChange ? { pageChange } : {}), ...(toggles ? { toggles } : {}) };
  } finally {
    for (const page of open) await page.close().catch(() => undefined);
  }
}

function summarize(p: BenchPage, url: string, status: PageStatus, withRuns: LoadRun[], withoutRuns: LoadRun[],
  readabilityMs: number[], nextFrameMs: number[], reader: Awaited<ReturnType<typeof cleanViewTimes>>,
  cards: Awaited<ReturnType<typeof cardTimes>>): PageFigures {
  const medianOf = (runs: LoadRun[], f: (r: LoadRun) => number) => median(runs.map(f));
  const longest = (runs: LoadRun[]) => ms2(max([0, ...runs.flatMap((r) => r.longTasks.map((t) => t.duration))]));
  return {
    id: p.id, group: p.group, url,
    article: status.article, names: status.names, kind: p.kind ?? (status.article ? 'article' : 'other'),
    with: withRuns, without: withoutRuns,
    extensionJsMs: ms2(medianOf(withRuns, (r) => r.extensionJsMs)),
    extensionCompileMs: ms2(medianOf(withRuns, (r) => r.extensionCompileMs ?? 0)),
    mainThreadWithMs: ms2(medianOf(withRuns, (r) => r.mainThreadMs)),
    mainThreadWithoutMs: ms2(medianOf(withoutRuns, (r) => r.mainThreadMs)),
    extensionTaskMs: ms2(medianOf(withRuns, (r) => r.taskMs) - medianOf(withoutRuns, (r) => r.taskMs)),
    heapAddedBytes: Math.round(medianOf(withRuns, (r) => r.heapBytes) - medianOf(withoutRuns, (r) => r.heapBytes)),
    extensionLongTasks: withRuns.flatMap((r, run) => r.longTasks.filter((t) => causedByExtension(t, BUDGETS.longTaskMs)).map((t) => ({ run, ...t }))),
    longestWithMs: longest(withRuns),
    longestWithoutMs: longest(withoutRuns),
    reader: { openMs: reader.openMs, workMs: reader.workMs, phasesMs: reader.phasesMs, readabilityMs,
      ratio: ms2(median(reader.workMs) / median(readabilityMs)), longTasksMs: reader.longTasksMs,
      ...(reader.error ? { error: reader.error } : {}), ...(reader.trace ? { trace: phases(reader.trace) } : {}) },
    cards: { paintMs: cards.paintMs, nextFrameMs, ...(cards.trace ? { trace: phases(cards.trace) } : {}) },
  };
}

/** `dist`: the built extension to load (the bench passes a snapshot, safe from rebuilds). */
export async function benchBrowser(pages: BenchPage[], reps: Repeats, dist: string, log: (s: string) => void): Promise<BrowserFigures> {
  const servers = new Map<string, StaticServer>();
  const ext = await launchBench(dist);
  const base = await launchBench(null);
  try {
    const out: PageFigures[] = [];
    for (const p of pages) {
      let server = servers.get(p.root);
      if (!server) { server = await serveStatic(p.root); servers.set(p.root, server); }
      const url = server.url(p.path);
      const started = Date.now();
      try {
        out.push(await measurePage(ext, base, p, url, reps));
      } catch (e) {
        out.push({ id: p.id, group: p.group, url, error: (e as Error).message.split('\n')[0] } as PageFigures);
      }
      log(`  ${p.id}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    log('  background answers…');
    const background = await backgroundAnswers(ext).catch((e: Error) => ({ error: e.message.split('\n')[0]! }));
    const cdp = await ext.ctx.newCDPSession(ext.control!);
    const { product } = await cdp.send('Browser.getVersion');
    return { chromium: product.replace(/^\D*\//, ''), repeats: reps, pages: out, background };
  } finally {
    await ext.close();
    await base.close();
    for (const s of servers.values()) await s.close();
  }
}
