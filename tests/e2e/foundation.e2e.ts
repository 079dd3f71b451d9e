// The ground every feature stands on, in both browsers: the content script runs on a
// page served from 127.0.0.1, the popup talks to it, and Gloss UI renders in a shadow root.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionBrowser } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { tabIdOf } from '../../scripts/browsers/tabs';

let server: StaticServer;
beforeAll(async () => { server = await serveStatic('demo', 'tests/fixtures/pages'); });
afterAll(async () => { await server?.close(); });

describe.each(BROWSERS)('foundation in %s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => { browser = await launch(name); });
  afterAll(async () => { await browser?.close(); });

  it('runs the content script and answers the popup', async () => {
    const page = await browser.newPage(server.url('/index.html'));
    const tabId = await tabIdOf(browser, server.url('/index.html'));
    const popup = await browser.openExtensionPage(`/src/ui/popup/index.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('[data-testid="verdict"]') !== null);
    const verdict = await popup.evaluate(() => document.querySelector('[data-testid="verdict"]')!.textContent);
    expect(verdict).toBe('This page is an article.');

    await popup.evaluate(() => (document.querySelector('[data-testid="toggle-clean"]') as HTMLButtonElement).click());
    await page.waitFor(() => !!document.querySelector('gloss-reader')?.shadowRoot?.textContent?.trim());
    await popup.evaluate(() => (document.querySelector('[data-testid="toggle-clean"]') as HTMLButtonElement).click());
    await page.waitFor(() => document.querySelector('gloss-reader') === null);
    await popup.close();
    await page.close();
  });
});
