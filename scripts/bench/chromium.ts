/**
 * Two Chromium instances with the same flags: one with the built extension, one without
 * (the baseline). Bench-only flags: `--expose-gc` so heap is read after a collection, and
 * precise memory info (otherwise performance.memory is rounded to protect pages).
 * A long-task observer is registered in every page before its scripts run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, requireBrowser } from '../browsers/launch.ts';
import type { PageStatus } from '../../src/messages.ts';

const BENCH_FLAGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info',
  // Same scheduling for every page whichever has focus.
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
  // Corpus pages link to images and scripts elsewhere: nothing may leave this machine, so
  // every host but 127.0.0.1 fails to resolve, and anything else goes to a closed local port.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--proxy-server=127.0.0.1:9', '--proxy-bypass-list=127.0.0.1'];

export interface LongTask { start: number; duration: number }

/** Runs in the page's main world before its own scripts: collects long tasks. */
function observeLongTasks(): void {
  const w = window as unknown as { __benchLongTasks: { start: number; duration: number }[] };
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no longtask support: the list stays empty and the report says so */ }
}

export interface BenchBrowser {
  ctx: BrowserContext;
  /** The extension's options page, used to message tabs as the popup does; null without extension. */
  control: Page | null;
  close(): Promise<void>;
}

/** Chromium with the extension built in `dist`, or without any extension when `dist` is null. */
export async function launchBench(dist: string | null): Promise<BenchBrowser> {
  const executablePath = requireBrowser('chromium');
  const profile = mkdtempSync(join(tmpdir(), dist ? 'gloss-bench-ext-' : 'gloss-bench-base-'));
  const extension = dist ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : [];
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, viewport: { width: 1280, height: 900 },
    args: [...extension, ...CHROMIUM_FLAGS, ...BENCH_FLAGS],
  });
  await ctx.addInitScript(observeLongTasks);
  let control: Page | null = null;
  if (dist) {
    const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
    control = await ctx.newPage();
    await control.goto(`chrome-extension://${new URL(sw.url()).host}/src/ui/options/index.html`);
  }
  for (const p of ctx.pages()) if (p !== control) await p.close();
  return {
    ctx,
    control,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The newest tab other than the control page (Gloss has no "tabs" permission: no URLs). */
export async function newestTabId(control: Page): Promise<number> {
  return control.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: TabsApi }).chrome;
    const self = (await chrome.tabs.getCurrent())?.id;
    const ids = (await chrome.tabs.query({})).map((t) => t.id ?? -1).filter((id) => id >= 0 && id !== self);
    return ids.length ? Math.max(...ids) : -1;
  });
}

/** A typed content-script message sent from the control page, as the popup sends it. */
export async function messageTab<R>(control: Page, tabId: number, message: { type: string } & Record<string, unknown>): Promise<R> {
  return control.evaluate(({ tabId, message }) =>
    (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.sendMessage(tabId, message), { tabId, message }) as Promise<R>;
}

export const pageStatus = (control: Page, tabId: number) => messageTab<PageStatus>(control, tabId, { type: 'page/status' });

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export async function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as unknown as { __benchLongTasks?: LongTask[] }).__benchLongTasks ?? []);
}

/** JS heap in use after two full collections (includes the content script's world). */
export async function heapAfterGc(page: Page): Promise<number> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { gc?: () => void };
    g.gc?.();
    g.gc?.();
    return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
  });
}

/** The extension API as seen from the control page (only what the bench calls). */
interface TabsApi {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
}
export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export async function until<T>(probe: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number, everyMs = 25): Promise<T | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (done(v)) return v;
    if (Date.now() > end) return null;
    await sleep(everyMs);
  }
}
