/**
 * Launches Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over
 * WebDriver BiDi) with the built dist/ loaded, behind one small interface so every
 * end-to-end test runs unchanged in both. A missing browser fails with the install command.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export const DIST = resolve(import.meta.dirname, '../../dist');
const EXECUTABLE: Record<BrowserName, string> = {
  chromium: process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.GLOSS_FIREFOX ?? '/usr/bin/firefox-esr',
};
const DEBIAN_PACKAGE: Record<BrowserName, string> = { chromium: 'chromium', firefox: 'firefox-esr' };
export const GECKO_ID = 'gloss@gloss-reader.invalid';
const FIREFOX_UUID = '6f0c3a52-8d1e-4b7a-9c55-0a1b2c3d4e5f';

export interface TestPage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  goto(url: string): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** The driver's own page, for what the common interface does not cover (events, CDP). */
  readonly native: NativePage;
}

export type NativePage = { kind: 'playwright'; page: PwPage } | { kind: 'puppeteer'; page: PpPage };

export interface ExtensionBrowser {
  name: BrowserName;
  extensionOrigin: string;
  newPage(url: string): Promise<TestPage>;
  /** Opens an extension page (e.g. the popup) in a tab; waits until its body has content. */
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
  /** Resolves when the user closes the browser (headed demo). */
  closed(): Promise<void>;
  /** The driver's own browser, for what the common interface does not cover. */
  readonly native: { kind: 'playwright'; context: BrowserContext } | { kind: 'puppeteer'; browser: PpBrowser };
}

export interface LaunchOptions {
  headless?: boolean;
  /** Sends all of the browser's HTTP(S) traffic, loopback included, through this local
   *  proxy port (tests/e2e/support/proxy.ts records it: issue #8). */
  proxyPort?: number;
  /** Firefox saves downloads here without asking (Chromium's are read through Playwright's
   *  download event; puppeteer cannot observe Firefox's downloads over WebDriver BiDi). */
  downloadDir?: string;
  /** The browser's own UI language (e.g. 'ar'), which extension strings follow. Needs
   *  Debian's chromium-l10n and firefox-esr-l10n-<lang> (scripts/dev/setup.mjs). */
  locale?: string;
  /** The system asks for reduced motion (prefers-reduced-motion: reduce) from the start.
   *  Chromium emulates it; Firefox takes it from a preference, since its WebDriver BiDi
   *  has no media emulation (puppeteer's emulateMediaFeatures is CDP only). */
  reducedMotion?: boolean;
}

export function requireBrowser(name: BrowserName): string {
  const exe = EXECUTABLE[name];
  if (!existsSync(exe))
    throw new Error(`${name} not found at ${exe}. Install it with: sudo apt-get install -y ${DEBIAN_PACKAGE[name]}`);
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  return exe;
}

function wrapPlaywright(page: PwPage): TestPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) => { await page.waitForFunction(fn as never, arg, { timeout }); },
    goto: async (url) => { await page.goto(url, { waitUntil: 'load' }); },
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => { await page.screenshot({ path }); },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    native: { kind: 'playwright', page },
  };
}

function wrapPuppeteer(page: PpPage): TestPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) => { await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg); },
    goto: async (url) => { await page.goto(url, { waitUntil: 'load' }); },
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => { await page.screenshot({ path: path as `${string}.png` }); },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    native: { kind: 'puppeteer', page },
  };
}

/** Chromium flags besides the extension's (npm run bench launches its no-extension baseline with the same). */
export const CHROMIUM_FLAGS: readonly string[] = ['--no-sandbox', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--disable-gpu',
  // Linux Chromium speaks through speech-dispatcher only when asked to (read-aloud, issue #15).
  '--enable-speech-dispatcher'];

async function launchChromium({ headless = true, proxyPort, locale, reducedMotion }: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = requireBrowser('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'gloss-chromium-'));
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath, headless, viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, ...CHROMIUM_FLAGS,
      ...(proxyPort ? [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>'] : []),
      ...(locale ? [`--lang=${locale}`] : [])],
    // Chromium on Linux takes its UI language from LANGUAGE; --lang alone is not enough.
    ...(locale ? { env: { ...process.env, LANGUAGE: locale }, locale } : {}),
    ...(reducedMotion ? { reducedMotion: 'reduce' as const } : {}),
  });
  const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
  const extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  const blank = ctx.pages()[0];
  return {
    name: 'chromium',
    extensionOrigin,
    async newPage(url) {
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPlaywright(page);
    },
    async openExtensionPage(path) {
      const page = await ctx.newPage();
      await page.goto(extensionOrigin + path);
      await page.waitForFunction(() => document.body?.innerText.trim().length > 0);
      return wrapPlaywright(page);
    },
    async close() {
      await blank?.close().catch(() => undefined);
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
    closed: () => new Promise((ok) => ctx.on('close', () => ok())),
    native: { kind: 'playwright', context: ctx },
  };
}

async function launchFirefox({ headless = true, proxyPort, downloadDir, locale, reducedMotion }: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = requireBrowser('firefox');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox', executablePath, headless,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Keep Firefox from calling home in tests.
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      ...(downloadDir ? {
        'browser.download.folderList': 2, 'browser.download.dir': downloadDir, 'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false, 'browser.download.alwaysOpenPanel': false,
      } : {}),
      // The language pack (an application-scope add-on from firefox-esr-l10n-*) is enabled
      // by puppeteer's profile (extensions.enabledScopes 5); asking for it switches the UI.
      ...(locale ? { 'intl.locale.requested': locale } : {}),
      ...(reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
      ...(proxyPort ? {
        'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort,
        'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort,
        'network.proxy.allow_hijacking_localhost': true, 'network.proxy.no_proxies_on': '',
      } : {}),
    },
  });
  await browser.installExtension(DIST);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  return {
    name: 'firefox',
    extensionOrigin,
    async newPage(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      return wrapPuppeteer(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // goto() to moz-extension:// renders but never resolves: fire it, then wait for content.
      void page.goto(extensionOrigin + path).catch(() => undefined);
      // Polling inside the page (waitForFunction) can stay bound to the about:blank realm the
      // navigation destroys, and Firefox's remote agent then fails every poll ("right-hand
      // side of 'in' should be an object"). Poll from here instead, with a fresh evaluate
      // on whatever document the tab holds now.
      const deadline = Date.now() + 15_000;
      for (;;) {
        // page.url() keeps saying about:blank here (the navigation never commits for
        // puppeteer), so ask the document itself.
        const ready = await Promise.race([
          page.evaluate(() => location.protocol === 'moz-extension:' && (document.body?.innerText.trim().length ?? 0) > 0)
            .catch(() => false),
          new Promise<false>((r) => setTimeout(() => r(false), 2000)),
        ]);
        if (ready) break;
        if (Date.now() >= deadline) throw new Error(`extension page ${path} did not render within 15 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return wrapPuppeteer(page);
    },
    async close() { await browser.close(); },
    closed: () => new Promise((ok) => browser.on('disconnected', () => ok())),
    native: { kind: 'puppeteer', browser },
  };
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
