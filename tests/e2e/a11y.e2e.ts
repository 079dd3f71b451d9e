// Accessibility of everything Gloss shows, in both browsers (issue #15, part 8): axe-core
// finds no serious or critical violation in the clean reading view (each theme), its menus
// (text and colours, listen, outline, "What was removed"), a hover card, who's who, the popup
// and the options page.
//
// How axe reaches our UI: the view, the card and the panel are each in one shadow host
// whose root is open (src/page-ui/shadow-host.ts), so axe, evaluated in the page's main
// world by the driver (support/axe.ts), walks into them; each check is scoped to the Gloss
// host, since the page under it is not ours to judge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { messageTab } from '../../scripts/browsers/tabs';
import { openSession } from './support/session';
import { cardWithRecord, noCard } from './support/marks';
import { waitMarked } from './support/page-state';
import { describe as describeFindings, severeViolations } from './support/axe';

let server: StaticServer;
beforeAll(async () => { server = await serveStatic('demo', 'tests/fixtures/pages'); });
afterAll(async () => { await server?.close(); });

const POPUP = '/src/ui/popup/index.html';
const OPTIONS = '/src/ui/options/index.html';

/** Clicks an element of the reading view by selector. */
const clickInView = (page: TestPage, sel: string) => page.evaluate((sel: string) => {
  (document.querySelector('gloss-reader')!.shadowRoot!.querySelector(sel) as HTMLElement).click();
}, sel);
const inView = (page: TestPage, sel: string) => page.waitFor((sel: string) => !!document.querySelector('gloss-reader')?.shadowRoot?.querySelector(sel), sel, 5000);

async function expectClean(page: TestPage, where: string, include: string[] = []): Promise<void> {
  const severe = await severeViolations(page, where, include);
  expect(severe, `${where}:\n${describeFindings(severe)}`).toEqual([]);
}

describe.each(BROWSERS)('accessibility in %s', (name) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  let control: TestPage;
  let tabId: number;
  const toggle = (open: boolean) => messageTab(control, tabId, { type: 'reader/toggle', open });

  beforeAll(async () => {
    ({ browser, page, control, tabId } = await openSession(name, server.url('/index.html')));
    await waitMarked(page);
  });
  afterAll(async () => { await browser?.close(); });

  // The check can fail: a faint line and a nameless button put in the view's shadow root
  // are found (contrast inside the top-layer host, names inside the shadow tree).
  it('would catch a faint text and a nameless button in the view', async () => {
    await toggle(true);
    await page.bringToFront();
    await inView(page, '.bar');
    await page.evaluate(() => {
      const bar = document.querySelector('gloss-reader')!.shadowRoot!.querySelector('.bar')!;
      bar.insertAdjacentHTML('beforeend', '<span data-probe style="color:#ccc">faint words</span><button data-probe type="button"></button>');
    });
    const found = await severeViolations(page, 'planted faults', ['gloss-reader']);
    await page.evaluate(() => { for (const el of document.querySelector('gloss-reader')!.shadowRoot!.querySelectorAll('[data-probe]')) el.remove(); });
    expect(found.map((f) => f.id).sort()).toEqual(['button-name', 'color-contrast']);
    await toggle(false);
    await page.waitFor(() => !document.querySelector('gloss-reader'));
  });

  it('the reading view, in every theme, and its menus', async () => {
    await toggle(true);
    await page.bringToFront();
    await inView(page, '.outline a');
    for (const theme of ['light', 'sepia', 'dark', 'auto']) {
      await clickInView(page, `[data-theme-choice="${theme}"]`);
      await inView(page, `.gloss-scroll[data-theme="${theme}"]`);
      await expectClean(page, `view (${theme})`, ['gloss-reader']);
    }
    await clickInView(page, '[data-action="typography"]');
    await inView(page, '#gloss-typo');
    await expectClean(page, 'text and colours menu', ['gloss-reader']);
    await clickInView(page, '[data-action="typography"]');
    await clickInView(page, '[data-action="listen"]');
    await inView(page, '#gloss-player');
    await expectClean(page, 'listen controls', ['gloss-reader']);
    await clickInView(page, '[data-action="listen"]');
    await clickInView(page, '[data-action="removed"]');
    await inView(page, '#gloss-removed li');
    await expectClean(page, '"What was removed"', ['gloss-reader']);
    await toggle(false);
    await page.waitFor(() => !document.querySelector('gloss-reader'));
  });

  it('a hover card, and who\'s who', async () => {
    await messageTab(control, tabId, { type: 'cards/step', direction: 1 });
    await page.bringToFront();
    await page.waitFor(cardWithRecord, undefined, 5000);
    await expectClean(page, 'card', ['gloss-card']);
    await page.press('Escape');
    await page.waitFor(noCard, undefined, 5000);

    expect(await messageTab(control, tabId, { type: 'whoswho/toggle' })).toEqual({ shown: true });
    await page.bringToFront();
    await page.waitFor(() => !!document.querySelector('gloss-whoswho')?.shadowRoot?.querySelector('.row .desc'), undefined, 5000);
    await expectClean(page, "who's who", ['gloss-whoswho']);
    await messageTab(control, tabId, { type: 'whoswho/toggle' });
  });

  it('the popup and the options page', async () => {
    const popup = await browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
    await popup.waitFor(() => /[1-9]/.test(document.querySelector('[data-testid="names"]')?.textContent ?? ''));
    await expectClean(popup, 'popup');
    await popup.close();
    const options = await browser.openExtensionPage(OPTIONS);
    await expectClean(options, 'options');
    await options.close();
  });
});
