// The ground every feature stands on, in both browsers: the content script runs on a
// page served from 127.0.0.1, the popup talks to it, and Gloss UI renders in a shadow root.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { openBrowser, openPopup, openTab, type BrowserSession } from './support/session';

let server: StaticServer;
beforeAll(async () => { server = await serveStatic('demo', 'tests/fixtures/pages'); });
afterAll(async () => { await server?.close(); });

describe.each(BROWSERS)('foundation in %s', (name) => {
  let session: BrowserSession;
  beforeAll(async () => { session = await openBrowser(name); });
  afterAll(async () => { await session?.browser.close(); });

  it('runs the content script and answers the popup', async () => {
    const { page, tabId } = await openTab(session, server.url('/index.html'));
    const popup = await openPopup(session, tabId);
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
