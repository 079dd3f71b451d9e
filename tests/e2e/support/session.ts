/**
 * The one set-up every e2e file uses: a browser with the built extension and an extension
 * page to send messages from (`control`); tabs opened on a URL with their tab id; the popup
 * for a tab. `openSession` is the common case of one browser and one page.
 */
import { launch, type BrowserName, type ExtensionBrowser, type LaunchOptions, type TestPage } from '../../../scripts/browsers/launch';
import { tabIdOf } from '../../../scripts/browsers/tabs';
import { openWatched, type PageWatch } from './watch';

export const OPTIONS_PAGE = '/src/ui/options/index.html';
export const POPUP_PAGE = '/src/ui/popup/index.html';

export interface BrowserSession { browser: ExtensionBrowser; control: TestPage }
export interface Tab { page: TestPage; tabId: number }
export interface WatchedTab extends Tab { seen: PageWatch }
export interface Session extends BrowserSession, Tab {}

export async function openBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<BrowserSession> {
  const browser = await launch(name, options);
  const control = await browser.openExtensionPage(OPTIONS_PAGE);
  return { browser, control };
}

/** A new tab on `url`, in front, with its id. */
export async function openTab({ browser, control }: BrowserSession, url: string): Promise<Tab> {
  const page = await browser.newPage(url);
  const tabId = await tabIdOf(browser, url, control);
  await page.bringToFront();
  return { page, tabId };
}

/** The same, recording the page's errors and dialogs from its first script on (support/watch.ts). */
export async function openWatchedTab({ browser, control }: BrowserSession, url: string): Promise<WatchedTab> {
  const { page, seen } = await openWatched((u) => browser.newPage(u), url);
  const tabId = await tabIdOf(browser, url, control);
  await page.bringToFront();
  return { page, seen, tabId };
}

/** The toolbar popup, opened as a page that speaks for `tabId` (the `?tab=` the popup reads in tests). */
export function openPopup({ browser }: Pick<BrowserSession, 'browser'>, tabId: number): Promise<TestPage> {
  return browser.openExtensionPage(`${POPUP_PAGE}?tab=${tabId}`);
}

export async function openSession(name: BrowserName, url: string, options: LaunchOptions = {}): Promise<Session> {
  const session = await openBrowser(name, options);
  return { ...session, ...(await openTab(session, url)) };
}
