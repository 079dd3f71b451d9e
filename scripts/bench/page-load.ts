/**
 * One page load, measured: a trace (tasks, long tasks, CPU samples) and CDP Performance
 * metrics from before navigation until the end of the window, then the JS heap after
 * garbage collection. With the extension, the window ends when Gloss says the page's names
 * are marked (plus a quiet spell); without it, after the same time.
 */
import type { Page } from 'playwright-core';
import type { PageStatus } from '../../src/messages.ts';
import { BUDGETS } from '../../src/timing.ts';
import { heapAfterGc, longTasks, metrics, newestTabId, pageStatus, sleep, until, type BenchBrowser } from './chromium.ts';
import { PAGE_HUNG, type LoadRun } from './figures.ts';
import { ms2 } from './stats.ts';
import { markedRanges, MARKS_STILL_MS, settleByMarks, settledStatus } from './settle.ts';
import { analyzeTrace, type TraceEvent, type TraceFigures } from './trace.ts';

/** After Gloss answers that names are marked, trailing work gets this long to show up. */
export const QUIET_MS = 300;

export const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler';

async function openMeasured(b: BenchBrowser, url: string) {
  const page = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  const before = await metrics(cdp);
  const started = Date.now();
  const m = { page, cdp, before, started, events, url };
  await guarded(m, () => page.goto(url, { waitUntil: 'load' }));
  return m;
}

async function finishRun(m: Awaited<ReturnType<typeof openMeasured>>): Promise<LoadRun> {
  const after = await metrics(m.cdp);
  const complete = new Promise((ok) => m.cdp.once('Tracing.tracingComplete', ok));
  await m.cdp.send('Tracing.end');
  await complete;
  const trace = analyzeTrace(m.events, m.url, BUDGETS.longTaskMs);
  if (!trace) throw new Error('the trace holds no main thread for the page');
  const observed = (await longTasks(m.page)).filter((t) => t.duration > BUDGETS.longTaskMs);
  const heapBytes = await heapAfterGc(m.page);
  await m.cdp.detach();
  return {
    taskMs: ms2(((after.TaskDuration ?? 0) - (m.before.TaskDuration ?? 0)) * 1000),
    mainThreadMs: trace.mainThreadMs,
    extensionJsMs: trace.extensionMs,
    extensionCompileMs: trace.extensionCompileMs,
    heapBytes,
    longTasks: trace.longTasks,
    observedLongTasks: observed.map((t) => ms2(t.duration)),
    windowMs: Date.now() - m.started,
  };
}

/** Runs `body` on a measured page; on failure stops tracing and closes the page first. */
async function guarded<T>(m: Awaited<ReturnType<typeof openMeasured>>, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    await m.cdp.send('Tracing.end').catch(() => undefined);
    await m.page.close().catch(() => undefined);
    throw e;
  }
}

/**
 * How the bench waits for names (settle.ts). `marks`: watch the page's highlight registry
 * and ask once it holds still (the default). `poll`: ask every 250 ms (the old way, kept for
 * A/B runs: it made Gloss answer more). `late`: ask once after a long wait (fewest asks).
 */
export type WaitMode = 'poll' | 'late' | 'marks';

/** With the extension: load, then wait until Gloss says its names are marked, then quiet. */
export async function loadWith(b: BenchBrowser, url: string, wait: WaitMode = 'marks'): Promise<{ run: LoadRun; page: Page; tabId: number; status: PageStatus; asks: number }> {
  const m = await openMeasured(b, url);
  return guarded(m, () => settleWith(b, m, wait));
}

async function settleWith(b: BenchBrowser, m: Awaited<ReturnType<typeof openMeasured>>, wait: WaitMode) {
  const control = b.control!;
  const tabId = await newestTabId(control);
  let asks = 0;
  const ask = () => { asks++; return pageStatus(control, tabId).catch(() => null); };
  // The content script starts at document_idle, after load: ask until it answers. Its
  // status answers once detection has run (and names, on an article, have started). Asks
  // before it is there fail in the browser and never reach the page; the one that reaches
  // it waits for detection, so this costs the page one message.
  const first = await until(ask, (s) => s !== null, 10_000);
  if (!first) {
    // A page whose own scripts never let it go idle (a decoder loop that spins when its
    // trackers cannot load) never reaches document_idle, with or without Gloss.
    const alive = await Promise.race([m.page.evaluate(() => true).catch(() => false), sleep(2000).then(() => false)]);
    throw new Error(alive ? 'the content script never answered' : `${PAGE_HUNG}: it does not answer a script of the test's own either`);
  }
  asks = 1;
  // Then until it says no names are being found any more (what the popup shows).
  const settled = settledStatus(first) ? first
    : wait === 'poll' ? await until(ask, settledStatus, 30_000, 250)
    : wait === 'late' ? await sleep(LATE_MS).then(() => until(ask, settledStatus, 30_000, 1000))
    : await settleByMarks(() => m.page.evaluate(markedRanges).catch(() => -1), ask,
      { stillMs: MARKS_STILL_MS, timeoutMs: 30_000, everyMs: 50, now: Date.now, sleep });
  if (!settled) throw new Error('Gloss was still finding names on the page after 30 s');
  await sleep(QUIET_MS);
  return { run: await finishRun(m), page: m.page, tabId, status: settled, asks };
}

/** Long enough for any bench page but the huge hostile ones to have its names marked. */
const LATE_MS = 4000;

/** Without the extension: load, then the same time the extension run took. */
export async function loadWithout(b: BenchBrowser, url: string, windowMs: number): Promise<{ run: LoadRun; page: Page }> {
  const m = await openMeasured(b, url);
  return guarded(m, async () => {
    await sleep(Math.max(0, windowMs - (Date.now() - m.started)));
    return { run: await finishRun(m), page: m.page };
  });
}

/** Traces the page while `fn` runs (same categories as page loads). */
export async function traceWhile<T>(b: BenchBrowser, page: Page, fn: () => Promise<T>): Promise<{ value: T; trace: TraceFigures | null }> {
  const cdp = await b.ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  let value: T;
  try {
    value = await fn();
  } finally {
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return { value, trace: analyzeTrace(events, page.url(), BUDGETS.longTaskMs) };
}

