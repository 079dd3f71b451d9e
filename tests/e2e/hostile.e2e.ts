// Hostile pages in both browsers (issue #8): script payloads in every part of an article
// stay inert through detection, cards and clean mode; page CSS aimed at everything cannot
// hide Gloss; pages that rewrite, replace or wipe what Gloss marked, mutation storms, huge
// pages, frames, shadow roots and right-to-left text raise no error, freeze nothing, and
// keep working. Pages: tests/fixtures/hostile/ (each says what it does).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser, type TestPage } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { messageTab, tabIdOf } from '../../scripts/browsers/tabs';
import { openWatched, sleep, type PageWatch } from './support/watch';
import {
  clearStorage, harness, hoverCard, leaveCard, marked, markAt, noReader, readerShown, waitMarked, writeSettings,
} from './support/page-state';
import type { PageStatus } from '../../src/messages';
import type { NameOnPage } from '../../src/messages';

let server: StaticServer;
beforeAll(async () => { server = await serveStatic('tests/fixtures/hostile'); });
afterAll(async () => { await server?.close(); });

/** Gaps of the page's 5 ms heartbeat over 50 ms (and Chromium long tasks) after `since`. */
const stallsAfter = (since: number) => {
  const w = window as unknown as { __beats: { gaps: [number, number][] }; __longTasks: { start: number; duration: number }[] };
  return {
    gaps: w.__beats.gaps.filter(([at]) => at >= since).map(([, d]) => d),
    longTasks: w.__longTasks.filter((t) => t.start >= since).map((t) => t.duration),
  };
};
const loadEnd = () => Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);

describe.each(BROWSERS)('hostile pages in %s', (name) => {
  let browser: ExtensionBrowser;
  let control: TestPage;

  beforeAll(async () => {
    browser = await launch(name);
    control = await browser.openExtensionPage('/src/ui/options/index.html');
  });
  afterAll(async () => { await browser?.close(); });

  async function open(file: string): Promise<{ page: TestPage; seen: PageWatch; tabId: number }> {
    const url = server.url(`/${file}`);
    const { page, seen } = await openWatched((u) => browser.newPage(u), url);
    const tabId = await tabIdOf(browser, url, control);
    await page.bringToFront();
    return { page, seen, tabId };
  }
  const toggleReader = (tabId: number, open: boolean) => messageTab<PageStatus>(control, tabId, { type: 'reader/toggle', open });
  const status = (tabId: number) => messageTab<PageStatus>(control, tabId, { type: 'page/status' });

  it('runs no payload from any part of an article: detection, cards and clean mode keep page markup inert', async () => {
    const { page, seen, tabId } = await open('xss-payloads-in-every-part-of-an-article.html');
    expect(await waitMarked(page)).toBeGreaterThan(5);
    await sleep(300);
    // What ran while the page loaded is the page's own doing (images that fail, SVG scripts).
    const own = await harness(page);
    const ownErrors = [...seen.errors];
    expect(seen.dialogs).toEqual([]);

    expect(await hoverCard(page, 'Mohammed bin Salman')).toBe(true);
    await leaveCard(page);
    await messageTab(control, tabId, { type: 'cards/step', direction: 1 });
    await messageTab(control, tabId, { type: 'cards/step', direction: 1 });
    await page.press('Escape');

    const opened = await toggleReader(tabId, true);
    expect(opened.readerError).toBeUndefined();
    await page.waitFor(readerShown);
    // Nothing executable or able to load a script survives into the view.
    const view = await page.evaluate(() => {
      const host = document.querySelector('gloss-reader')!;
      const root = host.shadowRoot!;
      const bad: string[] = [];
      // The controls in the shadow root, the article in the host's light DOM (ADR 3).
      for (const el of [...root.querySelectorAll('*'), ...host.querySelectorAll('*')]) {
        if (['script', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'form', 'frame', 'base', 'meta', 'link'].includes(el.localName))
          bad.push(`<${el.localName}>`);
        for (const a of el.getAttributeNames()) {
          const v = el.getAttribute(a) ?? '';
          if (/^on/i.test(a) || /^\s*(javascript|vbscript|data:text)/i.test(v) || /javascript:/i.test(v) && /src|href|action/i.test(a))
            bad.push(`${el.localName}[${a}=${v.slice(0, 40)}]`);
        }
      }
      const title = host.querySelector('#gloss-title')?.textContent ?? '';
      const titleElements = host.querySelector('#gloss-title')?.children.length ?? -1;
      const byline = host.querySelector('.byline')?.textContent ?? '';
      return { bad, title, titleElements, byline, text: host.textContent ?? '' };
    });
    expect(view.bad).toEqual([]);
    // Markup in the title and byline reads as text.
    expect(view.title).toMatch(/Qatar/);
    expect(view.titleElements).toBe(0);
    expect(view.text).toContain('Zorblax Institute');

    // Activate everything in the view as a reader would: hover, focus, click (navigation prevented).
    await page.evaluate(() => {
      const host = document.querySelector('gloss-reader')!;
      host.addEventListener('click', (e) => e.preventDefault(), { capture: true });
      for (const el of host.querySelectorAll<HTMLElement>('.body *, header *')) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'toggle', 'load', 'error'])
          el.dispatchEvent(new Event(type, { bubbles: type !== 'mouseenter' && type !== 'focus' && type !== 'load' && type !== 'error' }));
      }
    });
    expect(await hoverCard(page, 'Qatar', true)).toBe(true);
    await leaveCard(page);
    await toggleReader(tabId, false);
    await page.waitFor(noReader);
    await sleep(500);

    const after = await harness(page);
    expect(after.pwned).toEqual(own.pwned);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors.filter((e) => !ownErrors.includes(e))).toEqual([]);
    expect(after.errors).toEqual(own.errors);
    await page.close();
  });

  it('renders a glossary entry full of markup as text in its card', async () => {
    const entry = {
      name: 'Zorblax Institute <img src=x onerror=alert("glossary-name")>',
      aliases: ['Zorblax Institute'],
      type: 'organization',
      description: '<script>alert("glossary-description")</script><b onmouseover=alert(1)>bold</b>',
      background: '<svg onload=alert("glossary-background")></svg><a href="javascript:alert(2)">link</a>',
    };
    const options = await browser.openExtensionPage('/src/ui/options/index.html');
    // The glossary section renders once the stored glossary has loaded.
    await options.waitFor(() => !!document.querySelector('[data-testid="glossary-import"]'));
    await options.evaluate((text: string) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="glossary-import"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'markup.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, JSON.stringify([entry]));
    await options.waitFor(() => !!document.querySelector('[data-testid="import-done"]'));
    await options.close();

    const { page, seen } = await open('xss-payloads-in-every-part-of-an-article.html');
    await waitMarked(page);
    await page.waitFor(() => [...((CSS as any).highlights.get('gloss-name') ?? [])].some((r: Range) => r.toString() === 'Zorblax Institute'));
    expect(await hoverCard(page, 'Zorblax Institute')).toBe(true);
    await page.waitFor(() => /Zorblax/.test(document.querySelector('gloss-card')!.shadowRoot!.querySelector('.name')?.textContent ?? '')
      && !document.querySelector('gloss-card')!.shadowRoot!.querySelector('[aria-busy="true"]'));
    const card = await page.evaluate(() => {
      const root = document.querySelector('gloss-card')!.shadowRoot!;
      return {
        text: root.textContent ?? '',
        elements: [...root.querySelectorAll('.card *')].map((e) => e.localName).filter((t) => ['img', 'script', 'svg', 'b'].includes(t)),
        jsLinks: [...root.querySelectorAll('a')].filter((a) => /javascript:/i.test(a.getAttribute('href') ?? '')).length,
      };
    });
    expect(card.text).toContain('<img src=x onerror=alert("glossary-name")>');
    expect(card.text).toContain('<script>alert("glossary-description")</script>');
    expect(card.elements).toEqual([]);
    expect(card.jsLinks).toBe(0);
    await leaveCard(page);
    expect(seen.dialogs).toEqual([]);
    await page.close();
    await clearStorage(control);
  });

  it('shows cards and clean mode on top whatever the page CSS targets, and reads the page normally', async () => {
    const { page, seen, tabId } = await open('css-that-targets-everything-on-the-page.html');
    await waitMarked(page);
    await page.evaluate(() => window.scrollTo(0, 200));
    expect(await hoverCard(page, 'Mohammed bin Salman')).toBe(true);
    const cardOnTop = await page.evaluate(() => {
      const card = document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card')!;
      const r = card.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const name = [...(CSS as any).highlights.get('gloss-name')].find((m: Range) => m.toString() === 'Mohammed bin Salman')!.getBoundingClientRect();
      // Below the name or above it, a few pixels away: where the reader is looking.
      const gap = r.top >= name.bottom ? r.top - name.bottom : name.top - r.bottom;
      return { top: hit?.localName, visible: r.width > 100 && r.height > 40, near: gap >= 0 && gap < 40 };
    });
    expect(cardOnTop).toEqual({ top: 'gloss-card', visible: true, near: true });
    await leaveCard(page);

    const before = await page.evaluate(() => [Math.round(scrollX), Math.round(scrollY)]);
    await toggleReader(tabId, true);
    await page.waitFor(readerShown);
    const readerOnTop = await page.evaluate(() => {
      const hits = [[innerWidth / 2, innerHeight / 2], [40, 40], [innerWidth - 40, innerHeight - 40]]
        .map(([x, y]) => { const hit = document.elementFromPoint(x!, y!); return hit?.closest('gloss-reader')?.localName ?? hit?.localName; });
      const text = document.querySelector('gloss-reader')!.textContent ?? '';
      return { hits, text };
    });
    expect(readerOnTop.hits).toEqual(['gloss-reader', 'gloss-reader', 'gloss-reader']);
    expect(readerOnTop.text).toContain('Egypt and Qatar kept their joint channel open');
    await toggleReader(tabId, false);
    await page.waitFor(noReader);
    expect(await page.evaluate(() => [Math.round(scrollX), Math.round(scrollY)])).toEqual(before);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('follows a page that removes, replaces, rewrites and moves the text it marked', async () => {
    const { page, seen } = await open('page-replaces-and-removes-marked-nodes.html');
    await page.waitFor(() => (window as any).__churn.done, undefined, 15_000);
    // The page's new text gets marked; nothing stays marked in text that is gone.
    await page.waitFor(() => [...((CSS as any).highlights.get('gloss-name') ?? [])].some((r: Range) => r.toString() === 'King Abdullah II'), undefined, 10_000);
    const marks = await page.evaluate(() => [...((CSS as any).highlights.get('gloss-name') ?? [])].map((r: Range) => ({
      text: r.toString(), live: r.startContainer.isConnected && !r.collapsed,
    })));
    expect(marks.every((m) => m.live)).toBe(true);
    expect(marks.map((m) => m.text)).toContain('Amman');
    expect(marks.map((m) => m.text)).not.toContain('Doha'); // only in the removed paragraph
    expect(await hoverCard(page, 'King Abdullah II')).toBe(true);
    await leaveCard(page);
    expect(seen.errors).toEqual([]);
    expect((await harness(page)).errors).toEqual([]);
    await page.close();
  });

  it('keeps a page that rewrites itself every 3 ms running at its own pace, with names marked', async () => {
    const runs: Record<'off' | 'on', { ticks: number; gaps: number[]; longTasks: number[]; marks: number }> = {} as never;
    for (const mode of ['off', 'on'] as const) {
      await writeSettings(control, (s) => ({ ...s, enabled: mode === 'on' }));
      const { page, seen } = await open('mutation-storm-text-rewritten-every-few-ms.html');
      const since = await page.evaluate(loadEnd);
      const start = await page.evaluate(() => (window as any).__storm.ticks as number);
      await sleep(3000);
      const ticks = await page.evaluate(() => (window as any).__storm.ticks as number) - start;
      runs[mode] = { ticks, ...await page.evaluate(stallsAfter, since), marks: await page.evaluate(marked) };
      expect(seen.errors).toEqual([]);
      await page.close();
    }
    await clearStorage(control);
    expect(runs.off.marks).toBe(0);
    expect(runs.on.marks).toBeGreaterThan(5);
    // The page's own 3 ms timer keeps most of its pace with Gloss watching it.
    expect(runs.on.ticks).toBeGreaterThan(runs.off.ticks * 0.6);
    expect(runs.on.longTasks.filter((d) => d > 50).length).toBeLessThanOrEqual(runs.off.longTasks.filter((d) => d > 50).length);
    expect(Math.max(0, ...runs.on.gaps)).toBeLessThan(Math.max(150, ...runs.off.gaps) + 100);
  });

  type Stalls = { gaps: number[]; longTasks: number[] };
  /** Tasks over 50 ms; a heartbeat gap also holds up to one 5 ms period of the timer itself. */
  const longTasks = (s: Stalls) => s.longTasks.filter((d) => d > 50).length;
  const stalled = (s: Stalls) => s.gaps.filter((d) => d > 55).length;
  const HUGE: [string, string][] = [
    ['huge-page-with-a-hundred-thousand-nodes.html', 'every update from Doha'],
    ['one-megabyte-single-paragraph.html', 'Transcript: the Doha press conference'],
  ];
  /** Stalls after load with Gloss detecting only, per page, for the detection test below. */
  const detectOnly = new Map<string, Stalls>();

  /** Loads `file` with these settings, waits until Gloss's start-up work is over, measures the stalls after load. */
  async function loadAndMeasure(file: string, enabled: boolean, cards: boolean) {
    await writeSettings(control, (s) => ({ ...s, enabled, cards: { ...s.cards, enabled: cards } }));
    const opened = await open(file);
    const since = await opened.page.evaluate(loadEnd);
    for (let i = 0; i < 60 && enabled; i++) {
      // The content script may not listen yet while a huge page is still busy.
      const st = await status(opened.tabId).catch(() => null);
      if (st && st.article !== null) break;
      await sleep(250);
    }
    await messageTab(control, opened.tabId, { type: 'names/list' }).catch(() => undefined);
    await sleep(1200);
    const stalls: Stalls = await opened.page.evaluate(stallsAfter, since);
    expect(opened.seen.errors).toEqual([]);
    return { ...opened, stalls };
  }

  /**
   * Stalls while cards are switched on in an open, settled page: marking is then the only
   * work under way, apart from the machine's own noise.
   */
  async function markingStalls(page: TestPage, tabId: number): Promise<Stalls> {
    const since = await page.evaluate(() => Math.round(performance.now()));
    await writeSettings(control, (s) => s);
    for (let i = 0; i < 20 && !(await status(tabId)).cardsEnabled; i++) await sleep(100);
    await messageTab(control, tabId, { type: 'names/list' });
    await sleep(1000);
    return page.evaluate(stallsAfter, since);
  }

  it.each(HUGE)('marking names adds no long task on %s, and clean mode still opens there', async (file, text) => {
    const { page, tabId, stalls: detecting } = await loadAndMeasure(file, true, false);
    detectOnly.set(file, detecting);
    await sleep(1000);
    let stalls = await markingStalls(page, tabId);
    const first = stalls;
    if (longTasks(stalls) + stalled(stalls) > 0) {
      // Once more: a stall that does not come back was the machine's (other processes, GC), not Gloss's.
      await writeSettings(control, (s) => ({ ...s, cards: { ...s.cards, enabled: false } }));
      await sleep(1500);
      stalls = await markingStalls(page, tabId);
    }
    const seen = JSON.stringify({ first, again: stalls });
    expect(longTasks(stalls), seen).toBe(0);
    expect(stalled(stalls), seen).toBe(0);

    // Clean mode is asked for: it may take a while on such a page, but it opens and closes cleanly.
    const started = Date.now();
    expect((await toggleReader(tabId, true)).readerOpen).toBe(true);
    await page.waitFor((wanted: string) => (document.querySelector('gloss-reader')?.textContent ?? '').includes(wanted), text, 30_000);
    console.info(`[hostile] ${name}: clean mode on ${file} opened in ${Date.now() - started} ms`);
    await toggleReader(tabId, false);
    await page.waitFor(noReader);
    await page.close();
    await clearStorage(control);
  });

  // Found by this suite (2026-11-29): detection once walked the page in one task, 260-560 ms
  // on the 100,000-node page. It now reads the body in idle slices (detect/page-walk.ts).
  // Found again in CI: choosing the container re-read the chosen element's whole text in
  // one 60 ms task; the walk now measures those elements as it goes (detect/container.ts).
  it('detecting the article adds no long task on the huge pages', async () => {
    for (const [file] of HUGE) {
      const off = await loadAndMeasure(file, false, false);
      await off.page.close();
      await clearStorage(control);
      const measureOn = async () => {
        const detecting = await loadAndMeasure(file, true, false);
        await detecting.page.close();
        return detecting.stalls;
      };
      let on = detectOnly.get(file) ?? await measureOn();
      const first = on;
      // Once more: a stall that does not come back was the machine's; Gloss's own comes back every load.
      if (longTasks(on) > longTasks(off.stalls) || stalled(on) > stalled(off.stalls)) on = await measureOn();
      const seen = JSON.stringify({ file, detecting: on, first, off: off.stalls });
      expect(longTasks(on), seen).toBeLessThanOrEqual(longTasks(off.stalls));
      expect(stalled(on), seen).toBeLessThanOrEqual(stalled(off.stalls));
    }
    // measureOn leaves cards switched off: the tests after this one mark names.
    await clearStorage(control);
  });

  it('leaves frames and open shadow roots alone and keeps them out of clean mode', async () => {
    const { page, seen, tabId } = await open('iframes-and-open-shadow-roots-in-an-article.html');
    await waitMarked(page);
    const before = await page.evaluate(() => (window as any).__shadowHtml() as string);
    const ownPwned = (await harness(page)).pwned;
    await toggleReader(tabId, true);
    await page.waitFor(readerShown);
    const inView = await page.evaluate(() => {
      const host = document.querySelector('gloss-reader')!;
      return { frames: host.querySelectorAll('iframe, frame').length + host.shadowRoot!.querySelectorAll('iframe, frame').length, text: host.textContent ?? '' };
    });
    expect(inView.frames).toBe(0);
    expect(inView.text).toContain('Egypt sent its intelligence chief');
    await toggleReader(tabId, false);
    await page.waitFor(noReader);
    expect(await page.evaluate(() => (window as any).__shadowHtml() as string)).toBe(before);
    // Gloss runs in the top page only: nothing is marked inside the frames.
    const inFrame = await page.evaluate(() => {
      const doc = (document.getElementById('same') as HTMLIFrameElement).contentDocument!;
      return doc.adoptedStyleSheets.length + (doc.defaultView as any).CSS.highlights.size;
    });
    expect(inFrame).toBe(0);
    expect((await harness(page)).pwned).toEqual(ownPwned);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('marks Latin names inside right-to-left text exactly, and clean mode keeps the direction', async () => {
    const { page, seen, tabId } = await open('right-to-left-article-with-latin-names.html');
    await waitMarked(page);
    const texts = await page.evaluate(() => [...((CSS as any).highlights.get('gloss-name') ?? [])].map((r: Range) => r.toString()));
    for (const t of ['Qatar', 'Egypt', 'Saudi Arabia', 'Jared Kushner', 'Mohammed bin Salman', 'Abdel Fattah el-Sisi'])
      expect(texts).toContain(t);
    // A mark covers the name alone: no bidi control, no Arabic letter, no punctuation.
    for (const t of texts) expect(t).toMatch(/^[A-Za-z][A-Za-z .'-]*[A-Za-z]$/);
    await toggleReader(tabId, true);
    await page.waitFor(readerShown);
    expect(await page.evaluate(() => document.querySelector('gloss-reader')!.querySelector('article')?.getAttribute('dir'))).toBe('rtl');
    expect(await hoverCard(page, 'Qatar', true)).toBe(true);
    // A card opened over clean mode shows above it.
    expect(await page.evaluate(() => {
      const r = document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.localName;
    })).toBe('gloss-card');
    await leaveCard(page);
    await toggleReader(tabId, false);
    await page.waitFor(noReader);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  // Found with a trace (2026-11-29): Chromium rebuilds every highlight's markers after any
  // DOM change and repaints their text: 17 ms a change on a page with 1,078 marks. Past
  // BUDGETS.highlightAllMarks only the names near the viewport are registered.
  it('on a page with hundreds of names, underlines those near the viewport and the rest as they come near', async () => {
    const { page, seen, tabId } = await open('long-live-blog-with-hundreds-of-names.html');
    await page.evaluate(() => window.scrollTo(0, 0));
    let total = 0;
    for (let i = 0; i < 100 && total < 300; i++) {
      await sleep(150);
      const names = await messageTab<NameOnPage[]>(control, tabId, { type: 'names/list' });
      total = names.reduce((n, e) => n + e.count, 0);
    }
    expect(total).toBeGreaterThan(300);
    await page.waitFor(() => ((CSS as any).highlights.get('gloss-name')?.size ?? 0) > 0, undefined, 5000);
    const nearTop = await page.evaluate(() => {
      const ranges = [...((CSS as any).highlights.get('gloss-name') ?? [])] as Range[];
      const tops = ranges.map((r) => r.getBoundingClientRect().top);
      return { count: ranges.length, lowest: Math.max(...tops), height: innerHeight };
    });
    // Registered: some, not all, and none far below what is shown.
    expect(nearTop.count).toBeLessThan(total / 2);
    expect(nearTop.lowest).toBeLessThan(nearTop.height * 2.5);
    const tunisiaMarked = () => [...((CSS as any).highlights.get('gloss-name') ?? [])].some((r: Range) => r.toString() === 'Tunisia');
    expect(await page.evaluate(tunisiaMarked)).toBe(false);

    // Scrolling to the end brings the last names in, and they open their cards.
    await page.evaluate(() => document.getElementById('last')!.scrollIntoView({ block: 'center' }));
    await page.waitFor(tunisiaMarked, undefined, 5000);
    expect(await hoverCard(page, 'Tunisia')).toBe(true);
    await leaveCard(page);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('survives a page written with document.write and then wiped and rewritten by document.open', async () => {
    const { page, seen, tabId } = await open('document-write-builds-and-replaces-the-page.html');
    await waitMarked(page);
    expect(await markAt(page, 'Mohammed bin Salman')).not.toBeNull();
    await page.evaluate(() => (window as any).replace());
    await page.waitFor(() => document.title.startsWith('Replaced'));
    // The rewritten page works: its own handlers run.
    await page.evaluate(() => document.getElementById('after')!.click());
    expect(await page.evaluate(() => (window as any).__afterClicks)).toBe(1);
    // Gloss still answers, and clean mode shows the new document.
    await sleep(400);
    await status(tabId);
    await toggleReader(tabId, true);
    await page.waitFor(() => (document.querySelector('gloss-reader')?.textContent ?? '').includes('This document was rewritten by the page'));
    await toggleReader(tabId, false);
    await page.waitFor(noReader);
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    await page.close();
  });
});
