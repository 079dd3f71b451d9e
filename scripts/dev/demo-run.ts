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

async function headlessTour(browser: ExtensionBrowser, url: string) {
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
  await page.press('Escape');
  await page.waitFor(() => !document.querySelector('gloss-reader'));

  const at = await centreOf(page, NAME_TO_HOVER);
  if (!at) throw new Error(`"${NAME_TO_HOVER}" is not marked on the demo page`);
  await page.mouseMove(at.x - 30, at.y + 60);
  await page.mouseMove(at.x, at.y, 4);
  await page.waitFor(() => !!document.querySelector('gloss-card')?.shadowRoot?.querySelector('.wrap.open .name'), undefined, 5000);
  await new Promise((r) => setTimeout(r, 400)); // let the fade-in finish
  await shot(`${name}-3-hover-card.png`);
  return shots;
}

const server = await serveStatic('demo');
const url = server.url('/index.html');
const browser = await launch(name, { headless });
try {
  if (headless) {
    const shots = await headlessTour(browser, url);
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
}
