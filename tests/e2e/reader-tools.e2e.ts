// The reader's own tools on the reading view, in both browsers (issue #15, part 5; ADR 3):
// a translator walking document.body changes the words the view shows, a selection copies
// as plain text with paragraph breaks, page CSS aimed at the article's elements cannot
// change its look, and closing leaves the page's markup exactly as it was. And part 6:
// "Restore" puts a removed block back, "Never remove blocks like this" is kept for the
// site and used at the next opening, and the options page deletes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { openSession } from './support/session';
import { messageTab } from '../../scripts/browsers/tabs';
import type { PageStatus } from '../../src/messages';
import { clearStorage } from './support/page-state';
import { sleep } from './support/watch';

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

  /** Opens "What was removed" once the whole list (Readability's part comes after the first paint) is there. */
  async function openRemoved() {
    await page.evaluate(() => (document.querySelector('gloss-reader')!.shadowRoot!.querySelector('[data-action="removed"]') as HTMLElement).click());
    await page.waitFor(() => !!document.querySelector('gloss-reader')!.shadowRoot!.querySelector('#gloss-removed li[data-removed-by="readability"]'), undefined, 5000);
  }
  const entry = (label: string) => page.evaluate((label: string) => {
    const li = [...document.querySelector('gloss-reader')!.shadowRoot!.querySelectorAll<HTMLElement>('#gloss-removed li')]
      .find((l) => l.querySelector('.what')!.textContent === label);
    return li ? Number(li.dataset.index) : -1;
  }, label);
  const press = (index: number, action: string) => page.evaluate(({ index, action }) => {
    const root = document.querySelector('gloss-reader')!.shadowRoot!;
    (root.querySelector(`#gloss-removed li[data-index="${index}"] [data-action="${action}"]`) as HTMLElement).click();
  }, { index, action });
  const bodyText = () => page.evaluate(() => document.querySelector('gloss-reader')!.querySelector('.body')!.textContent!.replace(/\s+/g, ' '));

  it('restores a removed block into the article where it stood', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    expect(await bodyText()).not.toContain('Click to share on Email');
    await openRemoved();
    const share = await entry('share row');
    expect(share).toBeGreaterThanOrEqual(0);
    await press(share, 'restore');
    await page.waitFor(() => !!document.querySelector('gloss-reader')!.querySelector('.body [data-gloss-restored]'));
    const after = await page.evaluate(() => {
      const restored = document.querySelector('gloss-reader')!.querySelector('.body [data-gloss-restored]')!;
      const before = [...document.querySelector('gloss-reader')!.querySelectorAll('.body p')].filter((p) => p.compareDocumentPosition(restored) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { text: restored.textContent!.replace(/\s+/g, ' ').trim(), paragraphsBefore: before.length,
        button: document.querySelector('gloss-reader')!.shadowRoot!.querySelector('#gloss-removed [data-action="restore"][aria-disabled="true"]')?.textContent };
    });
    expect(after.text).toMatch(/^Share\. ?Facebook ?X ?Click to share on Email$/);
    // On the page the share row follows the article's last paragraph.
    expect(after.paragraphsBefore).toBeGreaterThan(3);
    expect(after.button).toBe('Restored');
    await toggle(false);
    await page.waitFor(viewGone);
  });

  it('keeps a block the reader never wants removed on the site, and the options page deletes the rule', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    expect(await bodyText()).not.toContain('Get the Middle East briefing');
    await openRemoved();
    await press(await entry('newsletter box'), 'never-remove');
    await page.waitFor(() => /Kept for/.test(document.querySelector('gloss-reader')!.shadowRoot!.querySelector('#gloss-removed [role="status"]')!.textContent!));
    await toggle(false);
    await page.waitFor(viewGone);
    // Stored with the site's rules…
    const host = new URL(server.url('/index.html')).hostname;
    await control.waitFor((host: string) => !!document.querySelector(`[data-host="${host}"] [data-testid="block-rules"] li[data-keep="true"]`), host, 5000);
    // …and used at the next opening: the newsletter box is in the article, not in the list.
    await toggle(true);
    await page.waitFor(viewOpen);
    expect(await bodyText()).toContain('Get the Middle East briefing');
    await openRemoved();
    expect(await entry('newsletter box')).toBe(-1);
    await toggle(false);
    await page.waitFor(viewGone);

    // The options page lists it under the site and deletes it.
    expect(await control.evaluate((host: string) => document.querySelector(`[data-host="${host}"] [data-testid="block-rules"] li`)!.textContent, host))
      .toMatch(/never removes: .*newsletter box: “Get the Middle East briefing/);
    await control.evaluate((host: string) => (document.querySelector(`[data-host="${host}"] [data-action="delete-block-rule"]`) as HTMLElement).click(), host);
    await control.waitFor((host: string) => !document.querySelector(`[data-host="${host}"] [data-testid="block-rules"]`), host, 5000);
    // The options page shows the change before its write reaches storage: wait for the write.
    const storedBlocks = () => control.evaluate(async (host: string) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.storage.sync.get('settings')).settings.sites[host]?.blocks ?? null;
    }, host);
    let blocks = await storedBlocks();
    for (let waited = 0; blocks !== null && waited < 5000; waited += 100) { await sleep(100); blocks = await storedBlocks(); }
    expect(blocks).toBeNull();
    await toggle(true);
    await page.waitFor(viewOpen);
    expect(await bodyText()).not.toContain('Get the Middle East briefing');
    await toggle(false);
    await page.waitFor(viewGone);
    await clearStorage(control);
  });

  // The host now sits in <body>: printing must still hide the page and show the article.
  // Chromium only: emulating print media needs CDP, which Firefox over WebDriver BiDi lacks.
  it.runIf(name === 'chromium')('prints the article alone, with the view\'s host inside <body>', async () => {
    await toggle(true);
    await page.waitFor(viewOpen);
    const media = (type: 'print' | 'screen') => (page.native.kind === 'playwright' ? page.native.page.emulateMedia({ media: type }) : Promise.resolve());
    await media('print');
    const printed = await page.evaluate(() => {
      const p = document.querySelector('gloss-reader')!.querySelector('.body p')!;
      const pageParts = [...document.body.children].filter((el) => el.localName !== 'gloss-reader');
      return { article: p.getBoundingClientRect().height > 0, pageHidden: pageParts.every((el) => getComputedStyle(el).display === 'none'),
        bar: getComputedStyle(document.querySelector('gloss-reader')!.shadowRoot!.querySelector('.bar')!).display };
    });
    await media('screen');
    expect(printed).toEqual({ article: true, pageHidden: true, bar: 'none' });
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
