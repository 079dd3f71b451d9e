// Privacy and fingerprinting in both browsers (issue #8). Every request the browser makes
// goes through a recording proxy (tests/e2e/support/proxy.ts) while every feature is used;
// Chromium's context also reports its pages', extension pages' and service worker's
// requests, and Firefox reports each tab's. Gloss itself must make none. The built code
// holds no network API and no eval (its one fetch reads its own packaged files). Pages see no global, attribute or listener of Gloss's
// beyond the UI it shows, and only the lazy chunks (names, clean mode) and the dyslexia font are
// web-accessible, at a dynamic URL.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, DIST, type ExtensionBrowser, type TestPage } from '../../scripts/browsers/launch';
import { OPTIONS_PAGE, openBrowser, openPopup } from './support/session';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { startProxy, type RecordingProxy } from './support/proxy';
import { messageTab, tabIdOf } from '../../scripts/browsers/tabs';
import { openWatched, sleep, type PageWatch } from './support/watch';
import { NAMES_CHUNK, READER_CHUNK } from '../../src/content/chunk-names';
import { DYSLEXIC_FACES, DYSLEXIC_LICENCE } from '../../src/reader/font-files';

/** The lazily loaded chunks: the only code a page may reach, and in Chromium at a per-session URL. */
const CHUNKS = [READER_CHUNK, NAMES_CHUNK];
/** …and the dyslexia font's two faces, which the page's document loads for the view (issue #15). */
const FONT_FILES: string[] = DYSLEXIC_FACES.map((f) => f.file);
const WEB_ACCESSIBLE = [...CHUNKS, ...FONT_FILES];
import { clearStorage, harness, hoverCard, leaveCard, noReader, readerShown, waitMarked, clickTestId } from './support/page-state';

const PAGE = 'ordinary-article-with-its-own-scripts.html';
const FIXTURES = resolve('tests/fixtures/hostile');
/** What the test page itself loads: anything else fetched from the server came from someone else. */
const PAGE_OWN = new Set([`/${PAGE}`, '/harness.js', '/pixel.svg', '/frame-with-names.html', '/favicon.ico']);
/** The browsers' own update, sync and settings services (they call home with or without any extension). */
const BROWSER_OWN = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)$/;

let server: StaticServer;
beforeAll(async () => { server = await serveStatic(FIXTURES); });
afterAll(async () => { await server?.close(); });

/** Requests that are neither the page's own nor the browser's own, as "METHOD url". */
function foreign(urls: string[], extensionOrigin: string): string[] {
  return urls.filter((raw) => {
    const url = raw.replace(/^(GET|POST|PUT|HEAD|OPTIONS|CONNECT|DELETE|PATCH) /, '');
    if (/^(data|blob|about):/.test(url) || url.startsWith(extensionOrigin)) return false;
    // The lazy chunks, read from the extension's own files at Chromium's per-session URL.
    if (url.startsWith('chrome-extension://') && WEB_ACCESSIBLE.some((c) => new URL(url).pathname === `/${c}`)) return false;
    const u = new URL(url);
    if (u.origin === server.origin) return !PAGE_OWN.has(u.pathname);
    return !BROWSER_OWN.test(u.hostname);
  });
}

describe.each(BROWSERS)('privacy and fingerprinting in %s', (name) => {
  let browser: ExtensionBrowser;
  /** Each browser gets its own recorder: what one browser did never counts against the other. */
  let proxy: RecordingProxy;
  /** Chromium: every request of the context, its service worker's included. */
  const contextRequests: string[] = [];
  const watched: PageWatch[] = [];

  beforeAll(async () => {
    server.requests.length = 0;
    proxy = await startProxy(server.origin);
    ({ browser } = await openBrowser(name, { proxyPort: proxy.port }));
    if (browser.native.kind === 'playwright') browser.native.context.on('request', (r) => contextRequests.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
  });

  async function openPage(url: string): Promise<{ page: TestPage; seen: PageWatch }> {
    const opened = await openWatched((u) => browser.newPage(u), url);
    watched.push(opened.seen);
    return opened;
  }

  it('makes no request of its own while detection, cards, clean mode, the popup, options and glossary import are used', async () => {
    const { page } = await openPage(server.url(`/${PAGE}`));
    await waitMarked(page);
    const options = await browser.openExtensionPage(OPTIONS_PAGE);
    const tabId = await tabIdOf(browser, server.url(`/${PAGE}`), options);
    await page.bringToFront();

    // Cards: a hover, then the keyboard command.
    expect(await hoverCard(page, 'Mohammed bin Salman')).toBe(true);
    await page.waitFor(() => /Saudi/.test(document.querySelector('gloss-card')?.shadowRoot?.textContent ?? ''));
    await leaveCard(page);
    await messageTab(options, tabId, { type: 'cards/step', direction: 1 });
    await page.bringToFront();
    await page.press('Escape');

    // The popup: verdict, clean mode on and off, cards off and on for the site.
    const popup = await openPopup({ browser }, tabId);
    await popup.waitFor(() => document.querySelector('[data-testid="verdict"]')?.textContent === 'This page is an article.');
    await clickTestId(popup, 'toggle-clean');
    await page.waitFor(readerShown);
    await clickTestId(popup, 'toggle-clean');
    await page.waitFor(noReader);
    await clickTestId(popup, 'site-cards');
    await page.waitFor(() => !(CSS as any).highlights.get('gloss-name'));
    await clickTestId(popup, 'site-cards');
    await waitMarked(page);
    await popup.close();

    // Options: a setting changed and back, and a glossary imported.
    await clickTestId(options, 'opt-type-country');
    await options.waitFor(() => document.querySelector('[data-testid="saved"]')!.textContent !== '');
    await clickTestId(options, 'opt-type-country');
    // The glossary section renders once the stored glossary has loaded.
    await options.waitFor(() => !!document.querySelector('[data-testid="glossary-import"]'));
    await options.evaluate((text: string) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="glossary-import"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'mine.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, JSON.stringify([{ name: 'Meridian Ledger', type: 'organization', description: 'A newspaper in a test page.' }]));
    await options.waitFor(() => !!document.querySelector('[data-testid="import-done"]'));
    await page.waitFor(() => [...((CSS as any).highlights.get('gloss-name') ?? [])].some((r: Range) => r.toString() === 'Meridian Ledger'), undefined, 10_000)
      .catch(() => undefined);
    await sleep(1000);
    await options.close();
    await page.close();
    const cleanup = await browser.openExtensionPage(OPTIONS_PAGE);
    await clearStorage(cleanup);
    await cleanup.close();

    const origin = browser.extensionOrigin;
    const proxied = proxy.requests.map((r) => `${r.method} ${r.url}`);
    expect(foreign(proxied, origin), 'seen by the proxy').toEqual([]);
    expect(server.requests.filter((p) => !PAGE_OWN.has(p)), 'seen by the page server').toEqual([]);
    expect(foreign(watched.flatMap((w) => w.requests), origin), 'reported for the tabs').toEqual([]);
    expect(foreign(contextRequests, origin), 'reported for the whole context (Chromium)').toEqual([]);
    // The recorders did see the page's own traffic: they were working.
    expect(proxied.some((r) => r.includes(`/${PAGE}`))).toBe(true);
  });

  it('would be caught: a request made from the extension\'s background reaches the recorders', async () => {
    const canary = 'http://gloss-canary.invalid/ping';
    if (browser.native.kind === 'playwright') {
      const sw = browser.native.context.serviceWorkers()[0]!;
      await sw.evaluate((url) => fetch(url).catch(() => undefined), canary);
    } else {
      const page = await browser.openExtensionPage(OPTIONS_PAGE);
      await page.evaluate(async (url: string) => {
        const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
        await bg.fetch(url).catch(() => undefined);
      }, canary);
      await page.close();
    }
    await sleep(300);
    expect(proxy.requests.some((r) => r.url.includes('gloss-canary.invalid'))).toBe(true);
    // Chromium only: Playwright sees a context's requests, service worker's included; Firefox's
    // BiDi driver has no such listener for the background page, so there the proxy alone tells.
    if (browser.native.kind === 'playwright') expect(contextRequests).toContain(canary);
  });

  it('ships no network call, eval or remote code, and keeps the default content security policy', async () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const f of files) {
      const code = readFileSync(join(DIST, f), 'utf8');
      for (const [what, re] of Object.entries({
        // The one fetch reads the extension's own packaged knowledge files (ADR 4): runtime.getURL, nothing else.
        fetch: /\bfetch\s*\((?![\w$.]*\.runtime\.getURL\()/, XMLHttpRequest: /\bXMLHttpRequest\b/, WebSocket: /\bWebSocket\b/, sendBeacon: /\bsendBeacon\b/,
        EventSource: /\bEventSource\b/, importScripts: /\bimportScripts\b/, eval: /\beval\s*\(/, Function: /\bnew\s+Function\s*\(/,
        remoteScript: /<script[^>]+src=["']?https?:/i, remoteImport: /\bimport\s*\(\s*["'`]https?:/,
      })) if (re.test(code)) found.push(`${f}: ${what}`);
    }
    expect(found).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    expect(manifest.update_url).toBeUndefined();
    // The browser runs the manifest it was given.
    const page = await browser.openExtensionPage(OPTIONS_PAGE);
    const loaded = await page.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.getManifest());
    expect(loaded.content_security_policy ?? null).toBeNull(); // Firefox reports null for "not set"
    await page.close();
  });

  it('lets pages load only the lazy chunks (names, clean mode), and in Chromium only at a per-session URL', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    const war: string[] = manifest.web_accessible_resources.flatMap((w: { resources: string[] }) => w.resources);
    expect(war.sort()).toEqual([...WEB_ACCESSIBLE].sort());
    expect(manifest.web_accessible_resources.every((w: { use_dynamic_url?: boolean }) => w.use_dynamic_url === true)).toBe(true);
    // The content script is a classic script and the chunk imports nothing: a relative import
    // would resolve against the stable URL, which the dynamic URL exists to hide.
    const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["'`]\.{0,2}\//;
    for (const file of [...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js), ...CHUNKS]) {
      expect(readFileSync(join(DIST, file), 'utf8'), file).not.toMatch(staticImport);
    }
    for (const chunk of CHUNKS) expect(readFileSync(join(DIST, chunk), 'utf8'), chunk).not.toMatch(/\bimport\s*\(/);

    // Clean mode loads its chunk (through the dynamic URL in Chromium) and works.
    const { page } = await openPage(server.url(`/${PAGE}`));
    await waitMarked(page);
    const options = await browser.openExtensionPage(OPTIONS_PAGE);
    const tabId = await tabIdOf(browser, server.url(`/${PAGE}`), options);
    await messageTab(options, tabId, { type: 'reader/toggle', open: true });
    await page.waitFor(readerShown);
    await messageTab(options, tabId, { type: 'reader/toggle', open: false });
    await page.waitFor(noReader);
    await options.close();

    // From a page, at the extension's stable origin: nothing in Chromium; in Firefox (whose
    // origin is random per install already) only the chunk.
    const origin = browser.extensionOrigin;
    const probe = await page.evaluate(async ({ origin, paths }: { origin: string; paths: string[] }) => {
      const out: Record<string, boolean> = {};
      for (const p of paths) out[p] = await fetch(`${origin}/${p}`).then((r) => r.ok, () => false);
      return out;
    }, { origin, paths: ['manifest.json', 'src/ui/popup/index.html', 'icons/icon-16.png', ...readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`),
      ...FONT_FILES, DYSLEXIC_LICENCE.file] });
    // Firefox serves web-accessible files at its origin, which is random per install (the page
    // cannot know it without Gloss); Chromium's stable origin serves nothing, only the per-session URL.
    expect(Object.entries(probe).filter(([, ok]) => ok).map(([p]) => p).sort()).toEqual(name === 'firefox' ? [...WEB_ACCESSIBLE].sort() : []);
    await page.close();
  });

  it('adds no global, attribute or page-visible listener beyond the UI it shows', async () => {
    // The same page with no extension at all: content scripts do not run on file:// pages.
    const bare = await browser.newPage(`file://${join(FIXTURES, PAGE)}`);
    const bareGlobals: string[] = await bare.evaluate(() => Object.getOwnPropertyNames(window).sort());
    await bare.close();

    const { page } = await openPage(server.url(`/${PAGE}`));
    await waitMarked(page);
    const options = await browser.openExtensionPage(OPTIONS_PAGE);
    const tabId = await tabIdOf(browser, server.url(`/${PAGE}`), options);
    await page.bringToFront();
    const before = await page.evaluate(() => ({ pointer: (window as any).__pointer as number, clicks: (window as any).__pageEvents.clicks as number }));
    expect(await hoverCard(page, 'Jared Kushner')).toBe(true);
    // The name's highlight follows the card by a frame (src/cards/active-name.ts).
    await page.waitFor(() => (CSS as any).highlights.has('gloss-name-active'), undefined, 5000);
    const whileCardOpen = await page.evaluate(() => ({
      globals: Object.getOwnPropertyNames(window).sort(),
      sheets: document.adoptedStyleSheets.length,
      highlights: [...(CSS as any).highlights.keys()].sort(),
    }));
    await leaveCard(page);
    await messageTab(options, tabId, { type: 'reader/toggle', open: true });
    await page.waitFor(readerShown);
    await messageTab(options, tabId, { type: 'reader/toggle', open: false });
    await page.waitFor(noReader);
    await page.bringToFront();

    // The page's own handlers still hear the reader: pointer moves and clicks reach it.
    const box = await page.evaluate(() => { const r = document.getElementById('counter')!.getBoundingClientRect(); return { x: r.left + 10, y: r.top + 5 }; });
    await page.mouseClick(box.x, box.y);
    const after = await page.evaluate(() => ({
      pointer: (window as any).__pointer as number, clicks: (window as any).__pageEvents.clicks as number,
      label: document.getElementById('counter')!.textContent, globals: Object.getOwnPropertyNames(window).sort(),
    }));
    expect(after.pointer).toBeGreaterThan(before.pointer);
    expect(after.clicks).toBe(before.clicks + 1);
    expect(after.label).toBe('Clicked 1 times');

    // Test drivers add a few of their own (puppeteer's ARIA query helpers, Playwright's bindings).
    const ours = (names: string[]) => names.filter((n) => !/^(__ariaQuerySelector|__playwright|__pw|__puppeteer)/.test(n));
    expect(ours(whileCardOpen.globals)).toEqual(ours(bareGlobals));
    expect(ours(after.globals)).toEqual(ours(bareGlobals));
    // While names are marked the page can see the highlight names, what marking needs; the
    // marks' stylesheet comes with the content script, out of the page's sight.
    expect(whileCardOpen.sheets).toBe(0);
    expect(whileCardOpen.highlights).toEqual(['gloss-name', 'gloss-name-active']);
    // The only DOM changes: Gloss's own host elements coming and going at the root (the
    // reading view's at the end of <body>, where translators find its article: ADR 3).
    const mutations = (await harness(page)).mutations;
    expect(mutations.filter((m) => !/^(add|remove) gloss-card in html$/.test(m) && !/^(add|remove) gloss-reader in body$/.test(m)
      && !/^(add|remove) #text in button$/.test(m))).toEqual([]); // the page's own label change
    expect(mutations).toContain('add gloss-card in html');

    if (page.native.kind === 'playwright') {
      // Chromium lists listeners per script world: Gloss's are all on the document, and few.
      const { context } = browser.native as { kind: 'playwright'; context: import('playwright-core').BrowserContext };
      const cdp = await context.newCDPSession(page.native.page);
      const worlds: { id: number; name: string }[] = [];
      cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
      await cdp.send('Runtime.enable');
      await sleep(200);
      const gloss = worlds.find((w) => w.name === 'Gloss' || w.name.includes('Gloss'));
      expect(gloss, JSON.stringify(worlds.map((w) => w.name))).toBeDefined();
      const listeners = async (expression: string) => {
        const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: gloss!.id });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
        return listeners.map((l) => l.type).sort();
      };
      expect(await listeners('document')).toEqual(['keydown', 'pointerdown', 'pointermove', 'scroll']);
      expect(await listeners('window')).toEqual([]);
      const count = (await cdp.send('Runtime.evaluate', { expression: 'document.querySelectorAll("*").length', contextId: gloss!.id })).result.value as number;
      const onElements: string[] = [];
      for (let i = 0; i < count; i++) {
        const types = await listeners(`document.querySelectorAll("*")[${i}]`);
        if (types.length) onElements.push(`${i}: ${types.join(',')}`);
      }
      expect(onElements).toEqual([]);
      await cdp.detach();
    }
    await options.close();
    await page.close();
  });
});
