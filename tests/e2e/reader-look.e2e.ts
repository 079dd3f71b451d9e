// The reading view's look, pictures and keeping (issue #15, parts 3, 4 and 7), on the
// built extension in both browsers: the dyslexia font, loaded into the page's fonts only
// when chosen and taken out again on leaving; figures, lazy images, wide tables and code
// as the article has them; print and "Save as HTML".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { messageTab } from '../../scripts/browsers/tabs';
import { clearStorage } from './support/page-state';
import { openSession } from './support/session';
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
  const toggle = (open: boolean) => messageTab<PageStatus>(control, tabId, { type: 'reader/toggle', open });

  beforeAll(async () => {
    ({ browser, page, control, tabId } = await openSession(name, server.url('/pictures-tables-code/source.html')));
  });
  afterAll(async () => { await browser?.close(); });

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
      const body = document.querySelector('gloss-reader')!.shadowRoot!.querySelector('.body')!;
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
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('gloss-reader')!.shadowRoot!.querySelector('.body')!).fontFamily))
      .toMatch(/Gloss OpenDyslexic/);
    await toggle(false);
    await page.waitFor(viewGone);
    await clearStorage(control);
  });
  it('shows every picture with its caption and credit, lazy sources resolved, no wider than the text', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    await page.waitFor(() => [...document.querySelector('gloss-reader')!.shadowRoot!.querySelectorAll<HTMLImageElement>('.body img')]
      .every((i) => i.complete && i.naturalWidth > 0), undefined, 10_000);
    const pictures = await page.evaluate(() => {
      const root = document.querySelector('gloss-reader')!.shadowRoot!;
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
      null,
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
      const root = document.querySelector('gloss-reader')!.shadowRoot!;
      const scroller = root.querySelector('.gloss-scroll')!;
      const box = root.querySelector<HTMLElement>('.body .table-scroll')!;
      const pre = root.querySelector('.body pre')!;
      box.scrollIntoView({ block: 'center' });
      box.focus();
      return {
        table: box.firstElementChild?.localName, display: getComputedStyle(box.querySelector('table')!).display,
        boxScrolls: box.scrollWidth > box.clientWidth, viewScrolls: scroller.scrollWidth > scroller.clientWidth,
        focused: root.activeElement === box,
        whiteSpace: getComputedStyle(pre).whiteSpace, code: pre.textContent,
      };
    });
    expect(layout).toMatchObject({ table: 'table', display: 'table', boxScrolls: true, viewScrolls: false, focused: true, whiteSpace: 'pre' });
    expect(layout.code).toContain('{ "train": "NJ 40421",  "to": "Amsterdam Centraal",  "time": "19:59",  "platform": "6" },\n');
    await page.press('ArrowRight');
    await page.press('ArrowRight');
    await page.waitFor(() => document.querySelector('gloss-reader')!.shadowRoot!.querySelector('.body .table-scroll')!.scrollLeft > 0, undefined, 5000);
    await toggle(false);
    await page.waitFor(viewGone);
  });

  it('hides every picture with the Images switch, keeps tables and code, and remembers it', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    const shown = () => {
      const root = document.querySelector('gloss-reader')!.shadowRoot!;
      const visible = (sel: string) => [...root.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0).length;
      return { images: visible('.body img'), captions: visible('.body figcaption'), tables: visible('.body table'), code: visible('.body pre') };
    };
    expect(await page.evaluate(shown)).toEqual({ images: 7, captions: 6, tables: 1, code: 1 });
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
    expect(await options.evaluate(() => (document.querySelector('[data-testid="opt-images"]') as HTMLInputElement).checked)).toBe(false);
    await options.close();
    await page.bringToFront();
    await clearStorage(control);
  });
});
