// Reversibility and lifecycle in both browsers (issue #8): switching cards off gives back
// the page exactly as it was served, clean mode leaves no trace, reloading or removing the
// extension under an open page leaves the page working and Gloss quiet, corrupted storage
// falls back to defaults with a notice, and two tabs on one page do not interfere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, DIST, GECKO_ID, type ExtensionBrowser, type TestPage } from '../../scripts/browsers/launch';
import { OPTIONS_PAGE, openBrowser, openPopup } from './support/session';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { messageTab } from '../../scripts/browsers/tabs';
import { openWatched, sleep, type PageWatch } from './support/watch';
import {
  clearStorage, hoverCard, leaveCard, marked, noReader, readerShown, snapshot, waitMarked, writeSettings, type PageSnapshot,
} from './support/page-state';
import { whosWhoRows } from './support/names';

const PAGE = '/ordinary-article-with-its-own-scripts.html';

let server: StaticServer;
beforeAll(async () => { server = await serveStatic('tests/fixtures/hostile'); });
afterAll(async () => { await server?.close(); });

/** The parts of a snapshot that must match: everything but what a test expects to differ. */
const same = (s: PageSnapshot) => ({ html: s.html, attributes: s.attributes, scroll: s.scroll, title: s.title, url: s.url, history: s.history });

describe.each(BROWSERS)('reversibility and lifecycle in %s', (name) => {
  let browser: ExtensionBrowser;
  let control: TestPage;

  beforeAll(async () => {
    ({ browser, control } = await openBrowser(name));
  });
  afterAll(async () => { await browser?.close(); });

  const tabIds = (): Promise<number[]> => control.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return ((await api.tabs.query({})) as { id: number }[]).map((t) => t.id);
  });

  /** Opens the page in a new tab; its id is the one tab id that was not there before (two tabs may share a URL). */
  async function open(path = PAGE): Promise<{ page: TestPage; seen: PageWatch; tabId: number }> {
    const url = server.url(path);
    const known = new Set(await tabIds());
    const { page, seen } = await openWatched((u) => browser.newPage(u), url);
    const fresh = (await tabIds()).filter((id) => !known.has(id));
    expect(fresh).toHaveLength(1);
    const tabId = fresh[0]!;
    await page.bringToFront();
    return { page, seen, tabId };
  }

  it('gives back the page exactly as served when cards are switched off; clean mode leaves no trace', async () => {
    // The page as served, with Gloss switched off.
    await writeSettings(control, (s) => ({ ...s, enabled: false }));
    const bare = await open();
    await sleep(800);
    await bare.page.evaluate(() => window.scrollTo(0, 250));
    const served = await snapshot(bare.page);
    expect(served.adoptedSheets).toBe(0);
    expect(served.highlights).toEqual([]);
    await bare.page.close();
    await clearStorage(control);

    const { page, seen, tabId } = await open();
    await waitMarked(page);
    await page.evaluate(() => window.scrollTo(0, 250));
    const marking = await snapshot(page);
    // Marking names changes no node and adds no stylesheet the page can see: only a highlight.
    expect(same(marking)).toEqual(same(served));
    expect(marking.adoptedSheets).toBe(0);
    expect(marking.highlights).toEqual(['gloss-name']);

    expect(await hoverCard(page, 'Jared Kushner')).toBe(true);
    await leaveCard(page);
    await page.evaluate(() => window.scrollTo(0, 250));
    const focused = await page.evaluate(() => { document.getElementById('field')!.focus(); return document.activeElement?.id; });
    await messageTab(control, tabId, { type: 'reader/toggle', open: true });
    await page.waitFor(readerShown);
    await messageTab(control, tabId, { type: 'reader/toggle', open: false });
    await page.waitFor(noReader);
    const afterReader = await snapshot(page);
    expect(same(afterReader)).toEqual(same(marking));
    expect(afterReader.adoptedSheets).toBe(0);
    expect(afterReader.highlights).toEqual(['gloss-name']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(focused);

    // Cards off: the highlight goes; the page is the page as served.
    await writeSettings(control, (s) => ({ ...s, cards: { ...s.cards, enabled: false } }));
    await page.waitFor(() => document.adoptedStyleSheets.length === 0 && !(CSS as any).highlights.size, undefined, 5000);
    expect(await snapshot(page)).toEqual(served);

    // With cards off, clean mode still comes and goes without a trace.
    await messageTab(control, tabId, { type: 'reader/toggle', open: true });
    await page.waitFor(readerShown);
    await messageTab(control, tabId, { type: 'reader/toggle', open: false });
    await page.waitFor(noReader);
    expect(await snapshot(page)).toEqual(served);
    expect(seen.errors).toEqual([]);
    await page.close();
    await clearStorage(control);
  });

  it('falls back to defaults with a notice when stored settings and glossary are corrupted', async () => {
    await control.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.sync.set({ settings: { version: 1, enabled: 'yes', cards: 7, reader: { theme: 'neon', fontSize: 999 }, sites: [1, 2] } });
      await api.storage.local.set({ glossary: 'not a glossary', settings: '\u0000garbage' });
    });
    const { page, seen, tabId } = await open();
    // Defaults stand in: Gloss is on and marks names.
    expect(await waitMarked(page)).toBeGreaterThan(3);
    const popup = await openPopup({ browser }, tabId);
    await popup.waitFor(() => !!document.querySelector('[data-testid="settings-notice"]'));
    const notice = await popup.evaluate(() => document.querySelector('[data-testid="settings-notice"]')!.textContent ?? '');
    expect(notice.length).toBeGreaterThan(20);
    // Accepting writes the repaired settings back: the notice does not return.
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="settings-notice"] button')!.click());
    await popup.waitFor(() => !document.querySelector('[data-testid="settings-notice"]'));
    await popup.close();
    const again = await openPopup({ browser }, tabId);
    await again.waitFor(() => !!document.querySelector('[data-testid="verdict"]'));
    await sleep(300);
    expect(await again.evaluate(() => !!document.querySelector('[data-testid="settings-notice"]'))).toBe(false);
    await again.close();
    expect(seen.errors).toEqual([]);
    await page.close();
    await clearStorage(control);
  });

  it('keeps two tabs of one page apart', async () => {
    const a = await open();
    const b = await open();
    await waitMarked(a.page);
    await waitMarked(b.page);
    const countB = await b.page.evaluate(marked);
    expect(a.tabId).not.toBe(b.tabId);

    await a.page.bringToFront();
    await messageTab(control, a.tabId, { type: 'reader/toggle', open: true });
    await a.page.waitFor(readerShown);
    await messageTab(control, a.tabId, { type: 'cards/step', direction: 1 });
    await a.page.waitFor(() => !!document.querySelector('gloss-card'));
    expect(await b.page.evaluate(() => [!!document.querySelector('gloss-reader'), !!document.querySelector('gloss-card')])).toEqual([false, false]);
    const statusB = await messageTab<{ readerOpen: boolean }>(control, b.tabId, { type: 'page/status' });
    expect(statusB.readerOpen).toBe(false);

    await a.page.press('Escape');
    await messageTab(control, a.tabId, { type: 'reader/toggle', open: false });
    await a.page.waitFor(noReader);
    expect(await b.page.evaluate(marked)).toBe(countB);
    // Both list the same names, each as often (who's who, opened and closed in each tab).
    const namesA = await whosWhoRows(control, a.tabId, a.page);
    const namesB = await whosWhoRows(control, b.tabId, b.page);
    expect(namesA.length).toBeGreaterThan(0);
    expect(namesB).toEqual(namesA);
    expect([...a.seen.errors, ...b.seen.errors]).toEqual([]);
    await a.page.close();
    await b.page.close();
  });

  // Last: it replaces the extension under the open browser.
  it('leaves an open page working when the extension is reloaded or removed; the old script stops quietly', async () => {
    const { page, seen } = await open();
    await waitMarked(page);
    expect(await hoverCard(page, 'Jared Kushner')).toBe(true);
    await leaveCard(page);
    const button = await page.evaluate(() => { const r = document.getElementById('counter')!.getBoundingClientRect(); return { x: r.left + 10, y: r.top + 5 }; });
    const leftovers = () => [document.querySelectorAll('gloss-card, gloss-reader').length, document.adoptedStyleSheets.length,
      (CSS as any).highlights.size as number];

    if (browser.native.kind === 'playwright') {
      // Chromium keeps the old content script running, cut off from its extension. (An
      // extension loaded from the command line does not come back after runtime.reload()
      // in this test browser: its pages answer ERR_BLOCKED_BY_CLIENT. For the page it is
      // as if Gloss had been removed, which is the case that matters here.)
      const settings = await browser.native.context.newPage();
      await settings.goto(`${browser.extensionOrigin}${OPTIONS_PAGE}`);
      await settings.evaluate(() => { setTimeout(() => (globalThis as any).chrome.runtime.reload(), 50); });
      await sleep(1500);
      await page.bringToFront();
      // Its next input stops it: marks and listeners go; no card, no error.
      for (let i = 0; i < 4; i++) await page.mouseMove(120 + i * 90, 320 + i * 25, 2);
      await page.waitFor(() => !(CSS as any).highlights.size && !document.adoptedStyleSheets.length, undefined, 5000);
      await page.press('Escape');
      await sleep(300);
      expect(await page.evaluate(leftovers)).toEqual([0, 0, 0]);
    } else {
      // Firefox destroys the old content script outright, and with it the marks' stylesheet
      // (it came with the script): the highlight it registered stays, but shows nothing.
      const native = page.native.kind === 'puppeteer' ? page.native.page : null;
      // A name on the first screen, with the page scrolled to the top (page and viewport
      // coordinates are then the same); the scroll is put back before the page is clicked.
      const scrolled = await page.evaluate(() => scrollY);
      const clip = await page.evaluate(() => {
        window.scrollTo(0, 0);
        const marks = [...(CSS as any).highlights.get('gloss-name')] as Range[];
        const r = marks.map((m) => m.getBoundingClientRect()).find((b) => b.height > 0 && b.bottom < innerHeight - 10)!;
        return { x: Math.floor(r.left) - 2, y: Math.floor(r.top) - 2, width: Math.ceil(r.width) + 4, height: Math.ceil(r.height) + 6 };
      });
      const shot = () => native!.screenshot({ clip, encoding: 'base64' });
      /** The same spot with the highlight taken out for a moment: the page's own look. */
      const unmarked = async () => {
        await page.evaluate(() => { (window as any).__held = (CSS as any).highlights.get('gloss-name'); (CSS as any).highlights.delete('gloss-name'); });
        await sleep(100);
        const plain = await shot();
        await page.evaluate(() => { (CSS as any).highlights.set('gloss-name', (window as any).__held); delete (window as any).__held; });
        return plain;
      };
      expect(await shot(), 'a marked name looks marked').not.toBe(await unmarked());
      await browser.native.browser.uninstallExtension(GECKO_ID);
      await sleep(800);
      await page.bringToFront();
      for (let i = 0; i < 4; i++) await page.mouseMove(120 + i * 90, 320 + i * 25, 2);
      await page.press('Escape');
      expect(await page.evaluate(() => document.querySelectorAll('gloss-card, gloss-reader').length)).toBe(0);
      expect(await page.evaluate(() => (CSS as any).highlights.size)).toBe(1);
      await page.mouseMove(5, 5);
      await sleep(200);
      expect(await shot(), 'no underline once Gloss is gone').toBe(await unmarked());
      // Installed again, Gloss starts in the open tab and clears what the old one left.
      await browser.native.browser.installExtension(DIST);
      await page.waitFor(() => (CSS as any).highlights.get('gloss-name')?.size > 3, undefined, 10_000);
      await sleep(500);
      expect(await page.evaluate(leftovers)).toEqual([0, 0, 1]);
      await page.evaluate((y: number) => window.scrollTo(0, y), scrolled);
      expect(await hoverCard(page, 'Jared Kushner')).toBe(true);
      await leaveCard(page);
    }
    // The page itself works throughout.
    await page.mouseClick(button.x, button.y);
    expect(await page.evaluate(() => document.getElementById('counter')!.textContent)).toBe('Clicked 1 times');
    expect(seen.errors).toEqual([]);

    // A fresh load runs the new Gloss (Firefox), or the page alone (Chromium, see above).
    await page.goto(server.url(PAGE));
    if (browser.native.kind === 'puppeteer') expect(await waitMarked(page)).toBeGreaterThan(3);
    else { await sleep(1500); expect(await page.evaluate(leftovers)).toEqual([0, 0, 0]); }
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
