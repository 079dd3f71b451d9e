// The reader's own tools on the reading view, in both browsers (issue #15, part 5; ADR 3):
// a translator walking document.body changes the words the view shows, a selection copies
// as plain text with paragraph breaks, page CSS aimed at the article's elements cannot
// change its look, and closing leaves the page's markup exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { openSession } from './support/session';
import { messageTab } from '../../scripts/browsers/tabs';
import type { PageStatus } from '../../src/messages';

const viewOpen = () => !!document.querySelector('gloss-reader')?.querySelector('.body p');
const viewGone = () => document.querySelector('gloss-reader') === null;

let server: StaticServer;
beforeAll(async () => { server = await serveStatic('demo', 'tests/fixtures/pages'); });
afterAll(async () => { await server?.close(); });

describe.each(BROWSERS)('the reader\'s own tools on the reading view in %s', (name) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  let control: TestPage;
  let tabId: number;
  const toggle = (open: boolean) => messageTab<PageStatus>(control, tabId, { type: 'reader/toggle', open });

  beforeAll(async () => {
    ({ browser, page, control, tabId } = await openSession(name, server.url('/index.html')));
    await page.waitFor(() => ((CSS as any).highlights?.get('gloss-name')?.size ?? 0) > 0, undefined, 15_000);
  });
  afterAll(async () => { await browser?.close(); });

  it('selects and copies the view\'s text as plain text with paragraph breaks; closing leaves the page as it was', async () => {
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await toggle(true);
    await page.waitFor(viewOpen);
    const copied = await page.evaluate(() => {
      // Two paragraphs in a row.
      const first = [...document.querySelector('gloss-reader')!.querySelectorAll<HTMLElement>('.body p')]
        .find((p) => p.nextElementSibling?.localName === 'p')!;
      const paragraphs = [first, first.nextElementSibling as HTMLElement];
      const range = document.createRange();
      range.setStart(paragraphs[0]!, 0);
      range.setEnd(paragraphs[1]!, paragraphs[1]!.childNodes.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      // What a copy puts on the clipboard as text/plain is the selection's text; a page or
      // extension listening to `copy` reads the same.
      let inCopy: string | null = null;
      document.addEventListener('copy', () => { inCopy = getSelection()!.toString(); }, { once: true });
      document.execCommand('copy');
      const text = selection.toString();
      selection.removeAllRanges();
      return { text, inCopy, first: paragraphs[0]!.textContent!.trim(), second: paragraphs[1]!.textContent!.trim(),
        selectable: getComputedStyle(paragraphs[0]!).userSelect };
    });
    expect(copied.selectable).not.toBe('none');
    const lines = copied.text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual([copied.first, copied.second]);
    expect(copied.text).toMatch(/\S\n+\S/);
    if (copied.inCopy !== null) expect(copied.inCopy).toBe(copied.text);
    await toggle(false);
    await page.waitFor(viewGone);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('keeps its look when the page styles every paragraph and article', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    const look = () => page.evaluate(() => {
      const p = document.querySelector('gloss-reader')!.querySelector('.body p')!;
      const s = getComputedStyle(p);
      return { display: s.display, color: s.color, font: s.fontFamily, size: s.fontSize, select: s.userSelect, visibility: s.visibility, margin: s.marginBottom };
    });
    const clean = await look();
    // A page's own sheet, as a site or another extension could add it (removed below).
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.id = 'hostile-test-style';
      style.textContent = `* { all: unset !important; } p { color: red !important; display: inline !important; user-select: none !important; }
        article p, #main p, body div p { font: 8px monospace !important; margin: 40px !important; visibility: hidden !important; --fg: red !important; }`;
      document.head.append(style);
    });
    const attacked = await look();
    await page.evaluate(() => document.getElementById('hostile-test-style')!.remove());
    expect(attacked).toEqual(clean);
    expect(clean.display).toBe('block');
    await toggle(false);
    await page.waitFor(viewGone);
  });

  it('lets a translator walking document.body replace a paragraph\'s words, and the view shows them', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    const result = await page.evaluate(() => {
      // As page translators do: every text node under <body>, replaced in place.
      const target = document.querySelector('gloss-reader')!.querySelector('.body p')!.textContent!.trim().slice(0, 40);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let replaced = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (n.data.includes(target)) { n.data = n.data.replace(target, 'Fünf Jahre nach der Zeremonie im Weißen Haus'); replaced++; }
      }
      const p = document.querySelector('gloss-reader')!.querySelector('.body p') as HTMLElement;
      p.scrollIntoView({ block: 'center' });
      const rect = p.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + 5, rect.top + 5);
      return { replaced, text: p.textContent, visible: rect.height > 0 && !!hit && p.contains(hit) };
    });
    expect(result.replaced).toBeGreaterThanOrEqual(1);
    expect(result.text).toMatch(/^\s*Fünf Jahre nach der Zeremonie im Weißen Haus/);
    expect(result.visible).toBe(true);
    await toggle(false);
    await page.waitFor(viewGone);
  });
});
