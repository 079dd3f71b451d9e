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
});
