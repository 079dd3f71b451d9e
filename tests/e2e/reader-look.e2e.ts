// The reading view's look, pictures and keeping (issue #15, parts 3, 4 and 7), on the
// built extension in both browsers: the dyslexia font, loaded into the page's fonts only
// when chosen and taken out again on leaving; figures, lazy images, wide tables and code
// as the article has them; print and "Save as HTML".
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { messageTab } from '../../scripts/browsers/tabs';
import { clearStorage } from './support/page-state';
import { openSession } from './support/session';
import { readPdf, squeeze } from './support/pdf';
import type { PageStatus } from '../../src/messages';

const viewOpen = () => !!document.querySelector('gloss-reader')?.shadowRoot?.querySelector('.gloss-scroll');
const viewGone = () => document.querySelector('gloss-reader') === null;
/** The dyslexia font's faces in the page's own FontFaceSet, as "weight:status". */
const glossFaces = () => [...(document.fonts as unknown as Iterable<FontFace>)]
  .filter((f) => f.family.replace(/"/g, '') === 'Gloss OpenDyslexic').map((f) => `${f.weight}:${f.status}`);

let server: StaticServer;
beforeAll(async () => { server = await serveStatic('tests/fixtures/pages'); });
afterAll(async () => { await server?.close(); });

describe.each(BROWSERS)('the reading view\'s look in %s', (name) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  let control: TestPage;
  let tabId: number;
  let downloads: string;
  const toggle = (open: boolean) => messageTab<PageStatus>(control, tabId, { type: 'reader/toggle', open });

  beforeAll(async () => {
    downloads = mkdtempSync(join(tmpdir(), 'gloss-downloads-'));
    ({ browser, page, control, tabId } = await openSession(name, server.url('/pictures-tables-code/source.html'), { downloadDir: downloads }));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('loads the dyslexia font only when chosen, from the extension, and leaves the page\'s fonts as they were', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    expect(await page.evaluate(glossFaces)).toEqual([]);
    await page.evaluate(() => (document.querySelector('gloss-reader')!.shadowRoot!.querySelector('[data-action="typography"]') as HTMLElement).click());
    await page.waitFor(() => !!document.querySelector('gloss-reader')!.shadowRoot!.querySelector('[data-action="font"] option[value="dyslexic"]'));
    await page.evaluate(() => {
      const select = document.querySelector('gloss-reader')!.shadowRoot!.querySelector('[data-action="font"]') as HTMLSelectElement;
      select.value = 'dyslexic';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // The browser fetches a face once text is set in it: the regular one at least.
    await page.waitFor(() => [...(document.fonts as unknown as Iterable<FontFace>)]
      .some((f) => f.family.replace(/"/g, '') === 'Gloss OpenDyslexic' && f.weight === '400' && f.status === 'loaded'), undefined, 10_000);
    const look = await page.evaluate(() => {
      const body = document.querySelector('gloss-reader')!.querySelector('.body')!;
      // Drawn in the font, text is wider than in the fallback alone: the file really is the font.
      const ctx = document.createElement('canvas').getContext('2d')!;
      const width = (font: string) => { ctx.font = font; return ctx.measureText('Readers with dyslexia').width; };
      return { family: getComputedStyle(body).fontFamily, differs: width('30px "Gloss OpenDyslexic", monospace') !== width('30px monospace') };
    });
    expect(look.family).toMatch(/^"?Gloss OpenDyslexic"?,/);
    expect(look.differs).toBe(true);
    // Nothing came from the page's server: the file is the extension's own.
    expect(server.requests.filter((p) => p.endsWith('.woff2'))).toEqual([]);
    await toggle(false);
    await page.waitFor(viewGone);
    expect(await page.evaluate(glossFaces)).toEqual([]);
    // Remembered: the next view opens with it.
    await toggle(true);
    await page.waitFor(viewOpen);
    expect(await page.evaluate(glossFaces)).toContain('400:loaded');
    await toggle(false);
    await page.waitFor(viewGone);
    expect(await page.evaluate(glossFaces)).toEqual([]);
    await clearStorage(control);
  });

  it('offers the dyslexia font in the options page too', async () => {
    await control.evaluate(() => {
      const select = document.querySelector('[data-testid="opt-font"]') as HTMLSelectElement;
      select.value = 'dyslexic';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await control.waitFor(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.storage.sync.get('settings')).settings?.reader?.font === 'dyslexic';
    }, undefined, 5000);
    expect(await control.evaluate(() => (document.querySelector('[data-testid="opt-font"] option[value="dyslexic"]') as HTMLOptionElement).textContent))
      .toBe('OpenDyslexic (for dyslexia)');
    await page.bringToFront();
    await toggle(true);
    await page.waitFor(viewOpen);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('gloss-reader')!.querySelector('.body')!).fontFamily))
      .toMatch(/Gloss OpenDyslexic/);
    await toggle(false);
    await page.waitFor(viewGone);
    await clearStorage(control);
  });
  it('shows every picture with its caption and credit, lazy sources resolved, no wider than the text', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    await page.waitFor(() => [...document.querySelector('gloss-reader')!.querySelectorAll<HTMLImageElement>('.body img')]
      .every((i) => i.complete && i.naturalWidth > 0), undefined, 10_000);
    const pictures = await page.evaluate(() => {
      const host = document.querySelector('gloss-reader')!;
      // Controls in the shadow root, the article in the host's light DOM (ADR 3).
      const root = { querySelector: <E extends Element = Element>(s: string) => (host.shadowRoot!.querySelector<E>(s) ?? host.querySelector<E>(s)),
        querySelectorAll: <E extends Element = Element>(s: string) => [...host.shadowRoot!.querySelectorAll<E>(s), ...host.querySelectorAll<E>(s)] };
      const text = root.querySelector('.body')!.getBoundingClientRect().width;
      return [...root.querySelectorAll<HTMLImageElement>('.body img')].map((img) => ({
        file: new URL(img.currentSrc).pathname.split('/').pop(),
        src: img.getAttribute('src') ?? '',
        caption: img.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        fits: img.getBoundingClientRect().width > 0 && img.getBoundingClientRect().width <= text + 0.5,
      }));
    });
    expect(pictures.map((p) => p.file)).toEqual([expect.stringMatching(/^sleeper-platform\.png$/), expect.stringMatching(/^couchette-(480|960)\.png$/),
      'route-map.png', 'dining-car-wide.png', 'cabin.png', expect.stringMatching(/^ticket(@2x)?\.png$/), 'fares-chart.svg']);
    expect(pictures.filter((p) => p.src.startsWith('data:'))).toEqual([]);
    expect(pictures.every((p) => p.fits)).toBe(true);
    // Each caption with its credit stays in the figure with its picture.
    expect(pictures.map((p) => p.caption)).toEqual([
      'The 21:04 to Vienna waits at platform 7 in Zurich. Photo: Lena Hartmann',
      'A six-berth couchette compartment before the beds are made up. Photo: Marco Bianchi / Rail & Route',
      'The five routes of the winter timetable. Map: Rail & Route, from operators\' timetables',
      'The restaurant car between Munich and Verona. Photo: Lena Hartmann',
      // Set after the picture's box on the page, not in a figure: made its caption.
      'A two-berth sleeper cabin on the Vienna service, with its own washbasin.',
      'Berth 64, coach 254: the ticket still comes on paper if you ask. Photo: Marco Bianchi',
      'What a couchette from Zurich to Vienna cost, by how far ahead it was booked. Chart: Rail & Route',
    ]);
    await toggle(false);
    await page.waitFor(viewGone);
  });

  it('scrolls a wide table in its own box, by keyboard too, and keeps code\'s whitespace', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    const layout = await page.evaluate(() => {
      const host = document.querySelector('gloss-reader')!;
      // Controls in the shadow root, the article in the host's light DOM (ADR 3).
      const root = { querySelector: <E extends Element = Element>(s: string) => (host.shadowRoot!.querySelector<E>(s) ?? host.querySelector<E>(s)),
        querySelectorAll: <E extends Element = Element>(s: string) => [...host.shadowRoot!.querySelectorAll<E>(s), ...host.querySelectorAll<E>(s)] };
      const scroller = root.querySelector('.gloss-scroll')!;
      const box = root.querySelector<HTMLElement>('.body .table-scroll')!;
      const pre = root.querySelector('.body pre')!;
      box.scrollIntoView({ block: 'center' });
      box.focus();
      return {
        table: box.firstElementChild?.localName, display: getComputedStyle(box.querySelector('table')!).display,
        boxScrolls: box.scrollWidth > box.clientWidth, viewScrolls: scroller.scrollWidth > scroller.clientWidth,
        focused: document.activeElement === box,
        whiteSpace: getComputedStyle(pre).whiteSpace, code: pre.textContent,
      };
    });
    expect(layout).toMatchObject({ table: 'table', display: 'table', boxScrolls: true, viewScrolls: false, focused: true, whiteSpace: 'pre' });
    expect(layout.code).toContain('{ "train": "NJ 40421",  "to": "Amsterdam Centraal",  "time": "19:59",  "platform": "6" },\n');
    await page.press('ArrowRight');
    await page.press('ArrowRight');
    await page.waitFor(() => document.querySelector('gloss-reader')!.querySelector('.body .table-scroll')!.scrollLeft > 0, undefined, 5000);
    await toggle(false);
    await page.waitFor(viewGone);
  });

  it('hides every picture with the Images switch, keeps tables and code, and remembers it', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    const shown = () => {
      const host = document.querySelector('gloss-reader')!;
      // Controls in the shadow root, the article in the host's light DOM (ADR 3).
      const root = { querySelector: <E extends Element = Element>(s: string) => (host.shadowRoot!.querySelector<E>(s) ?? host.querySelector<E>(s)),
        querySelectorAll: <E extends Element = Element>(s: string) => [...host.shadowRoot!.querySelectorAll<E>(s), ...host.querySelectorAll<E>(s)] };
      const visible = (sel: string) => [...root.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0).length;
      return { images: visible('.body img'), captions: visible('.body figcaption'), tables: visible('.body table'), code: visible('.body pre') };
    };
    expect(await page.evaluate(shown)).toEqual({ images: 7, captions: 7, tables: 1, code: 1 });
    await page.evaluate(() => (document.querySelector('gloss-reader')!.shadowRoot!.querySelector('[data-action="typography"]') as HTMLElement).click());
    await page.waitFor(() => !!document.querySelector('gloss-reader')!.shadowRoot!.querySelector('[data-action="images"]'));
    // By keyboard: focus the switch and press Space.
    await page.evaluate(() => (document.querySelector('gloss-reader')!.shadowRoot!.querySelector('[data-action="images"]') as HTMLElement).focus());
    await page.press(' ');
    await page.waitFor(() => document.querySelector('gloss-reader')!.shadowRoot!.querySelector<HTMLElement>('.gloss-scroll')!.dataset.images === 'off');
    expect(await page.evaluate(shown)).toEqual({ images: 0, captions: 0, tables: 1, code: 1 });
    await toggle(false);
    await page.waitFor(viewGone);
    await toggle(true);
    await page.waitFor(viewOpen);
    expect(await page.evaluate(shown)).toMatchObject({ images: 0, tables: 1 });
    await toggle(false);
    await page.waitFor(viewGone);
    // The options page shows the same switch, off.
    const options = await browser.openExtensionPage('/src/ui/options/index.html');
    await options.waitFor(() => !!document.querySelector('[data-testid="opt-images"]'));
    expect(await options.evaluate(() => (document.querySelector('[data-testid="opt-images"]') as HTMLInputElement).checked)).toBe(false);
    await options.close();
    await page.bringToFront();
    await clearStorage(control);
  });
  /** The page printed to PDF, as each browser's driver prints it. */
  const printPdf = async (): Promise<Uint8Array> => (page.native.kind === 'playwright' ? page.native.page.pdf() : page.native.page.pdf());

  it('prints the article alone, with link addresses where they help and pictures within the page', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    await page.waitFor(() => [...document.querySelector('gloss-reader')!.querySelectorAll<HTMLImageElement>('.body img')]
      .every((i) => i.complete && i.naturalWidth > 0), undefined, 10_000);
    const printed = await readPdf(await printPdf());
    const text = squeeze(printed.text);
    expect(printed.pages).toBeGreaterThan(1);
    for (const kept of ['The sleepers are back: a year of night trains across the Alps', 'Lena Hartmann',
      'The 21:04 to Vienna waits at platform 7 in Zurich. Photo: Lena Hartmann', 'Alpine night trains, winter timetable 2025/26',
      '"station": "Zürich HB"', 'and bring earplugs.',
      // External links say where they go; the in-page anchor and the long address do not.
      'The Nightjet booking site (nightjet.com/en) is the easiest', 'the European Sleeper shop (europeansleeper.eu) sells',
      'explained in the section on fares below.', 'long lists of conditions are worth reading'])
      expect(text, kept).toContain(squeeze(kept));
    for (const gone of ['Show original page', 'Print and save', 'Text and colours', 'What was removed', 'min left', 'Skip to content',
      'Get our weekly route notes', 'The Glacier Express in winter', 'oebb.at', '#fares'])
      expect(text, gone).not.toContain(squeeze(gone));
    // Every photograph drawn (the SVG chart prints as lines, not as a picture), none wider than the paper.
    expect(printed.pictures.length).toBeGreaterThanOrEqual(6);
    // (Chromium's PDF has no margins: a wide picture spans the page, 612 pt drawn as 612.17.)
    for (const p of printed.pictures) expect(p.width).toBeLessThanOrEqual(p.pageWidth + 1);
    await toggle(false);
    await page.waitFor(viewGone);
  });

  // The print stylesheet itself, as the view computes it: only Chromium's driver can switch
  // a page to print media (puppeteer does it over CDP, which Firefox no longer offers; over
  // WebDriver BiDi it says "CDP support is required"), so Firefox is shown by its PDF above.
  it.runIf(name === 'chromium')('computes the print stylesheet: controls hidden, black on white, pictures fit the page', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    const pw = page.native.kind === 'playwright' ? page.native.page : null;
    await pw!.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => {
      const host = document.querySelector('gloss-reader')!;
      // Controls in the shadow root, the article in the host's light DOM (ADR 3).
      const root = { querySelector: <E extends Element = Element>(s: string) => (host.shadowRoot!.querySelector<E>(s) ?? host.querySelector<E>(s)),
        querySelectorAll: <E extends Element = Element>(s: string) => [...host.shadowRoot!.querySelectorAll<E>(s), ...host.querySelectorAll<E>(s)] };
      const after = (sel: string) => getComputedStyle(root.querySelector(sel)!, '::after').content;
      const body = root.querySelector('.body')!.getBoundingClientRect();
      return {
        page: [...document.body.children].filter((c) => c.localName !== 'gloss-reader').every((c) => getComputedStyle(c).display === 'none') ? 'none' : 'shown', bar: getComputedStyle(root.querySelector('.bar')!).display,
        scroll: getComputedStyle(root.querySelector('.gloss-scroll')!).position, color: getComputedStyle(root.querySelector('.body')!).color,
        external: after('a[href="https://www.nightjet.com/en"]'), anchor: after('a[href="#fares"]'), long: after('a[href*="oebb.at"]'),
        fit: [...root.querySelectorAll('.body img')].every((i) => { const r = i.getBoundingClientRect(); return r.width <= body.width + 0.5 && r.height <= innerHeight * 0.85 + 1; }),
      };
    });
    await pw!.emulateMedia({ media: null });
    expect(print).toEqual({ page: 'none', bar: 'none', scroll: 'static', color: 'rgb(0, 0, 0)',
      external: '" (nightjet.com/en)"', anchor: 'none', long: 'none', fit: true });
    await toggle(false);
    await page.waitFor(viewGone);
  });

  it('saves the article as one HTML file, by keyboard: source, date, no script, pictures as links', async () => {
    for (const f of readdirSync(downloads)) rmSync(join(downloads, f));
    await toggle(true);
    await page.waitFor(viewOpen);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const download = page.native.kind === 'playwright' ? page.native.page.waitForEvent('download') : null;
    await page.evaluate(() => (document.querySelector('gloss-reader')!.shadowRoot!.querySelector('[data-action="keep"]') as HTMLElement).focus());
    await page.press('Enter');
    await page.waitFor(() => !!document.querySelector('gloss-reader')!.shadowRoot!.querySelector('[data-action="save-html"]'));
    await page.press('Tab');
    await page.press('Tab');
    expect(await page.evaluate(() => document.querySelector('gloss-reader')!.shadowRoot!.activeElement?.getAttribute('data-action'))).toBe('save-html');
    await page.press('Enter');
    let file: { name: string; html: string };
    if (download) {
      const d = await download;
      file = { name: d.suggestedFilename(), html: readFileSync((await d.path())!, 'utf8') };
    } else {
      // Firefox saves into the folder its preferences name (launch.ts: downloadDir).
      const deadline = Date.now() + 10_000;
      let names: string[] = [];
      while (Date.now() < deadline && !(names = readdirSync(downloads)).some((n) => n.endsWith('.html'))) await new Promise((r) => setTimeout(r, 100));
      while (Date.now() < deadline && readdirSync(downloads).some((n) => n.endsWith('.part'))) await new Promise((r) => setTimeout(r, 100));
      const name = readdirSync(downloads).find((n) => n.endsWith('.html'))!;
      file = { name, html: readFileSync(join(downloads, name), 'utf8') };
    }
    expect(file.name).toBe('The sleepers are back a year of night trains across the Alps.html');
    const doc = new JSDOM(file.html).window.document;
    expect(doc.title).toBe('The sleepers are back: a year of night trains across the Alps');
    const header = doc.querySelector('article > header')!;
    expect(header.querySelector('h1')!.textContent).toBe('The sleepers are back: a year of night trains across the Alps');
    expect(header.querySelector('.byline')!.textContent).toBe('Lena Hartmann');
    expect(header.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-14T06:00:00.000Z');
    expect(header.querySelector('.source a')!.getAttribute('href')).toBe(server.url('/pictures-tables-code/source.html'));
    expect(doc.querySelectorAll('script, img, picture, iframe, link')).toHaveLength(0);
    expect([...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()).filter((a) => a.startsWith('on'))).toEqual([]);
    expect([...doc.querySelectorAll('a.picture')].map((a) => a.getAttribute('href')!.split('/').pop()))
      .toEqual([expect.stringMatching(/^sleeper-platform\.png$/), expect.stringMatching(/^couchette-(480|960)\.png$/), 'route-map.png',
        'dining-car.png', 'cabin.png', 'ticket.png', 'fares-chart.svg']);
    expect(doc.querySelector('figure a.picture + figcaption')!.textContent).toContain('Photo: Lena Hartmann');
    expect(doc.querySelector('pre')!.textContent).toContain('"NJ 40421",  "to"');
    expect(doc.querySelectorAll('table tr')).toHaveLength(6);
    // The page's document is as it was: the download link lived in the view's shadow root.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.evaluate(() => document.querySelector('gloss-reader')!.shadowRoot!.querySelectorAll('a[download]').length)).toBe(0);
    await toggle(false);
    await page.waitFor(viewGone);
  });
});
