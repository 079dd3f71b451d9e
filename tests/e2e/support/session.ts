/**
 * The set-up most e2e files share: a browser with the built extension, one page open on
 * `url`, an extension page to send messages from (`control`) and the page's tab id.
 */
import { launch, type BrowserName, type ExtensionBrowser, type LaunchOptions, type TestPage } from '../../../scripts/browsers/launch';
import { tabIdOf } from '../../../scripts/browsers/tabs';

export interface Session { browser: ExtensionBrowser; page: TestPage; control: TestPage; tabId: number }

export async function openSession(name: BrowserName, url: string, options: LaunchOptions = {}): Promise<Session> {
  const browser = await launch(name, options);
  const page = await browser.newPage(url);
  const control = await browser.openExtensionPage('/src/ui/options/index.html');
  const tabId = await tabIdOf(browser, url, control);
  await page.bringToFront();
  return { browser, page, control, tabId };
}
