/**
 * Reading Gloss's effects from a page as the page itself could (issue #8): highlights
 * registered, Gloss host elements, the DOM as serialised, what the harness page recorded
 * (tests/fixtures/hostile/harness.js). And changing settings from an extension page.
 */
import type { TestPage } from '../../../scripts/browsers/launch';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { sleep } from './watch';

/** Ranges in Gloss's name highlight (0 when none is registered). */
export const marked = () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-name')?.size ?? 0;
/** The view's controls (shadow root) or its article (the host's light DOM: ADR 3) show text. */
export const readerShown = () => ((document.querySelector('gloss-reader')?.shadowRoot?.textContent?.trim().length ?? 0)
  + (document.querySelector('gloss-reader')?.textContent?.trim().length ?? 0)) > 0;
export const noReader = () => document.querySelector('gloss-reader') === null;

export async function waitMarked(page: TestPage, timeoutMs = 15_000): Promise<number> {
  await page.waitFor(marked, undefined, timeoutMs);
  return page.evaluate(marked);
}

/** Everything a page can see of its own document, for before/after comparisons. */
export interface PageSnapshot {
  html: string;
  attributes: string;
  adoptedSheets: number;
  highlights: string[];
  scroll: [number, number];
  title: string;
  url: string;
  history: number;
}

export function snapshot(page: TestPage): Promise<PageSnapshot> {
  return page.evaluate(() => {
    const attrs: string[] = [];
    for (const el of document.querySelectorAll('*')) attrs.push(el.localName + ':' + el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`).join(','));
    return {
      html: document.documentElement.outerHTML,
      attributes: attrs.join('\n'),
      adoptedSheets: document.adoptedStyleSheets.length,
      highlights: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
      scroll: [Math.round(scrollX), Math.round(scrollY)] as [number, number],
      title: document.title,
      url: location.href,
      history: history.length,
    };
  });
}

/** What the harness recorded: payloads run, the page's own errors, DOM mutations. */
export interface HarnessState { pwned: string[]; errors: string[]; mutations: string[] }

export function harness(page: TestPage): Promise<HarnessState> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned: string[]; __errors: string[]; __mutations: string[] };
    return { pwned: [...w.__pwned], errors: [...w.__errors], mutations: [...w.__mutations] };
  });
}

/** Writes settings (defaults plus `patch`) where Gloss reads them, from an extension page. */
export async function writeSettings(control: TestPage, patch: (s: Settings) => Settings | unknown): Promise<void> {
  const value = patch(defaultSettings());
  await control.evaluate(async (settings: unknown) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.sync.set({ settings });
  }, value);
  // Open tabs hear it through storage.onChanged; give them a moment to act.
  await sleep(150);
}

/** Removes stored settings and glossary: the next test starts from defaults. */
export async function clearStorage(control: TestPage): Promise<void> {
  await control.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.sync.clear();
    await api.storage.local.clear();
  });
  await sleep(150);
}

/** Centre of the first line of the first registered mark whose text is `text`, scrolled into view. */
export function markAt(page: TestPage, text: string, inReader = false): Promise<{ x: number; y: number } | null> {
  return page.evaluate(({ wanted, inReader }: { wanted: string; inReader: boolean }) => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-name');
    const range = reg && [...reg].find((r) => r.toString().replace(/\s+/g, ' ') === wanted && r.getClientRects().length
      && !!r.startContainer.parentElement?.closest('gloss-reader') === inReader);
    if (!range) return null;
    const el = range.startContainer.parentElement!;
    el.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, { wanted: text, inReader });
}

/** Moves the pointer onto a marked name the way a reader would, and waits for its card. */
export async function hoverCard(page: TestPage, text: string, inReader = false): Promise<boolean> {
  // Marking runs in idle slices: a name in a view that just opened may need a moment.
  let at = await markAt(page, text, inReader);
  for (let i = 0; !at && i < 50; i++) {
    await sleep(100);
    at = await markAt(page, text, inReader);
  }
  if (!at) return false;
  await page.mouseMove(at.x - 30, at.y + 60);
  await page.mouseMove(at.x, at.y, 3);
  return page.waitFor(() => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('.wrap.open .card'), undefined, 5000)
    .then(() => true, () => false);
}

export async function leaveCard(page: TestPage): Promise<void> {
  await page.mouseMove(3, 3, 2);
  await page.waitFor(() => document.querySelector('gloss-card') === null, undefined, 5000);
}

/** Clicks the element with `data-testid="id"` in a page (popup, options, the demo). */
export function clickTestId(page: TestPage, id: string): Promise<void> {
  return page.evaluate((testId: string) => {
    const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!el) throw new Error(`no [data-testid="${testId}"]`);
    el.click();
  }, id);
}
