/**
 * What a test needs to see besides the page's DOM (issue #8): uncaught errors and console
 * errors (the page's and the content script's: both drivers report isolated-world console
 * output with the tab's), dialogs (dismissed at once so a payload cannot block the run), and
 * requests. Attach before navigating so nothing at load time is missed.
 */
import type { TestPage } from '../../../scripts/browsers/launch';

export interface PageWatch {
  errors: string[];
  console: string[];
  dialogs: string[];
  requests: string[];
  clear(): void;
}

/** Console lines that come from the test's own set-up, not from Gloss or its pages. */
const NOISE = [/favicon\.ico/, /Failed to load resource: the server responded with a status of 404/];

export function watch(page: TestPage): PageWatch {
  const w: PageWatch = {
    errors: [], console: [], dialogs: [], requests: [],
    clear() { for (const list of [w.errors, w.console, w.dialogs, w.requests]) list.length = 0; },
  };
  const onConsole = (type: string, text: string) => {
    w.console.push(`${type}: ${text}`);
    if (type === 'error' && !NOISE.some((re) => re.test(text))) w.errors.push(`console: ${text}`);
  };
  if (page.native.kind === 'playwright') {
    const p = page.native.page;
    p.on('pageerror', (e) => w.errors.push(`uncaught: ${e.message}`));
    p.on('console', (m) => onConsole(m.type(), m.text()));
    p.on('dialog', (d) => { w.dialogs.push(d.message()); void d.dismiss().catch(() => undefined); });
    p.on('request', (r) => w.requests.push(r.url()));
  } else {
    const p = page.native.page;
    p.on('pageerror', (e) => w.errors.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
    p.on('console', (m) => onConsole(m.type(), m.text()));
    p.on('dialog', (d) => { w.dialogs.push(d.message()); void d.dismiss().catch(() => undefined); });
    p.on('request', (r) => w.requests.push(r.url()));
  }
  return w;
}

/** Opens a blank tab, starts watching it, then loads `url`. */
export async function openWatched(newPage: (url: string) => Promise<TestPage>, url: string): Promise<{ page: TestPage; seen: PageWatch }> {
  const page = await newPage('about:blank');
  const seen = watch(page);
  await page.goto(url);
  return { page, seen };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
