// The demo itself (after set-up and build): see scripts/demo.mjs.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, type BrowserName, type ExtensionBrowser, type TestPage } from '../browsers/launch.ts';
import { serveStatic } from '../browsers/server.ts';
import { tabIdOf } from '../browsers/tabs.ts';

const args = process.argv.slice(2);
const name: BrowserName = args.includes('--firefox') ? 'firefox' : 'chromium';
const headless = args.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('artifacts/demo');
const NAME_TO_HOVER = 'Mohammed bin Salman';

async function centreOf(page: TestPage, text: string) {
  return page.evaluate((wanted: string) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-name');
    const range = h && [...h].find((r) => r.toString().replace(/\s+/g, ' ') === wanted);
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, text);
}

async function headlessTour(browser: ExtensionBrowser, url: string, datedUrl: string) {
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  const page = await browser.newPage(url);
  await page.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-name'), undefined, 15_000);
  const shot = async (file: string) => { const p = `${outDir}/${file}`; await page.screenshot(p); shots.push(p); };
  await shot(`${name}-1-page.png`);

  const tabId = await tabIdOf(browser, url);
  const popup = await browser.openExtensionPage(`/src/ui/popup/index.html?tab=${tabId}`);
  await popup.waitFor(() => document.querySelector('[data-testid="toggle-clean"]') !== null);
  await popup.evaluate(() => (document.querySelector('[data-testid="toggle-clean"]') as HTMLButtonElement).click());
  await popup.close();
  await page.bringToFront();
  await page.waitFor(() => !!document.querySelector('gloss-reader'));
  await new Promise((r) => setTimeout(r, 600));
  await shot(`${name}-2-clean-mode.png`);
  // The view's own tools: "Text and colours" and "What was removed" with Restore.
  const inView = (sel: string) => page.evaluate((sel: string) => (document.querySelector('gloss-reader')!.shadowRoot!.querySelector(sel) as HTMLElement).click(), sel);
  await inView('[data-action="removed"]');
  await page.waitFor(() => !!document.querySelector('gloss-reader')?.shadowRoot?.querySelector('#gloss-removed [data-action="restore"]'), undefined, 5000);
  await inView('[data-action="typography"]');
  await page.waitFor(() => !!document.querySelector('gloss-reader')?.shadowRoot?.querySelector('#gloss-typo'), undefined, 5000);
  await new Promise((r) => setTimeout(r, 300));
  await shot(`${name}-6-reading-tools.png`);
  for (let i = 0; i < 4; i++) {
    if (!(await page.evaluate(() => !!document.querySelector('gloss-reader')))) break;
    await page.press('Escape');
  }
  await page.waitFor(() => !document.querySelector('gloss-reader'));

  const at = await centreOf(page, NAME_TO_HOVER);
  if (!at) throw new Error(`"${NAME_TO_HOVER}" is not marked on the demo page`);
  await page.mouseMove(at.x - 30, at.y + 60);
  await page.mouseMove(at.x, at.y, 4);
  await page.waitFor(() => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('.wrap.open .name'), undefined, 5000);
  await new Promise((r) => setTimeout(r, 400)); // let the fade-in finish
  await shot(`${name}-3-hover-card.png`);
  await page.press('Escape');

  // Who's who, opened from the popup as a reader would.
  const popup2 = await browser.openExtensionPage(`/src/ui/popup/index.html?tab=${tabId}`);
  await popup2.waitFor(() => document.querySelector('[data-testid="whos-who"]') !== null, undefined, 5000);
  await popup2.evaluate(() => (document.querySelector('[data-testid="whos-who"]') as HTMLButtonElement).click());
  await popup2.close().catch(() => undefined);
  await page.bringToFront();
  await page.waitFor(() => !!document.querySelector('gloss-whoswho')?.shadowRoot?.querySelector('.row .desc'), undefined, 5000);
  await shot(`${name}-4-whos-who.png`);
  await page.press('Escape');

  // A card dated to its article: a page from March 2025 written for the project's tests.
  const dated = await browser.newPage(datedUrl);
  await dated.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-name'), undefined, 15_000);
  const japan = await centreOf(dated, 'Japan');
  if (!japan) throw new Error('"Japan" is not marked on the dated page');
  await dated.mouseMove(japan.x - 30, japan.y + 60);
  await dated.mouseMove(japan.x, japan.y, 4);
  await dated.waitFor(() => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('.wrap.open .dated'), undefined, 5000);
  await new Promise((r) => setTimeout(r, 400));
  const p = `${outDir}/${name}-5-dated-card.png`;
  await dated.screenshot(p);
  shots.push(p);
  return shots;
}

const server = await serveStatic('demo');
const url = server.url('/index.html');
// The dated-card page is a test fixture, served as a page; nothing of tests/ is imported.
const fixtures = await serveStatic('tests/fixtures/cards');
const datedUrl = fixtures.url('/dated-2025-article.html');
const browser = await launch(name, { headless });
try {
  if (headless) {
    const shots = await headlessTour(browser, url, datedUrl);
    console.log(`Gloss demo (${name}, headless): screenshots written:`);
    for (const s of shots) console.log(`  ${s}`);
  } else {
    await browser.newPage(url);
    console.log(`Gloss demo: ${name} is open on ${url} with Gloss loaded.`);
    console.log('Rest the pointer on a name for its card; toggle clean mode from the toolbar button or Alt+Shift+R.');
    console.log('Close the browser window (or press Ctrl+C here) to end the demo.');
    await browser.closed();
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
  await fixtures.close();
}
