// Article detection in the built extension, in both browsers (issue #3, part 1): the
// verdict and its reasons reach the popup, non-articles are told apart, and detection
// leaves the page exactly as it was served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type TestPage } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { messageTab } from '../../scripts/browsers/tabs';
import { openBrowser, openPopup, openTab, type BrowserSession } from './support/session';
import type { PageStatus } from '../../src/messages';

const CASES = [
  { slug: 'news-article', article: true, reason: 'schema.org NewsArticle', shown: 'Marked up as NewsArticle (schema.org)' },
  { slug: 'forum-thread', article: false, reason: 'many user names', shown: 'Many user names' },
  { slug: 'product-page', article: false, reason: 'looks like a product page', shown: 'Looks like a product page' },
];

/** The page as served, parsed afresh, against the live DOM: detection must not touch it. */
async function untouched(page: TestPage): Promise<boolean> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const fresh = new DOMParser().parseFromString(source, 'text/html');
    return fresh.documentElement.outerHTML === document.documentElement.outerHTML;
  });
}

let server: StaticServer;
beforeAll(async () => { server = await serveStatic('tests/fixtures/detect'); });
afterAll(async () => { await server?.close(); });

describe.each(BROWSERS)('article detection in %s', (name) => {
  let session: BrowserSession;
  beforeAll(async () => { session = await openBrowser(name); });
  afterAll(async () => { await session?.browser.close(); });

  it.each(CASES)('$slug: article=$article because of $reason, and the page is untouched', async ({ slug, article, reason, shown: said }) => {
    const url = server.url(`/${slug}.html`);
    const { page, tabId } = await openTab(session, url);
    // The content script answers once detection has run.
    const status = await messageTab<PageStatus>(session.control, tabId, { type: 'page/status' });
    expect(status.article).toBe(article);
    expect(status.reasons).toContain(reason);
    expect(status.score > 0).toBe(article);
    expect(await untouched(page)).toBe(true);

    const popup = await openPopup(session, tabId);
    await popup.waitFor(() => document.querySelector('[data-testid="verdict"]') !== null);
    const shown = await popup.evaluate(() => ({
      verdict: document.querySelector('[data-testid="verdict"]')!.textContent,
      reasons: [...document.querySelectorAll('[data-testid="reasons"] li')].map((li) => li.textContent),
    }));
    expect(shown.verdict).toBe(article ? 'This page is an article.' : 'This page does not look like an article.');
    expect(shown.reasons).toContain(said);
    await popup.close();
    await page.close();
  });
});
