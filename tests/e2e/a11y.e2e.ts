// Accessibility of everything Gloss shows, in both browsers (issue #15, part 8): axe-core
// finds no serious or critical violation in the clean reading view (each theme), its menus
// (text and colours, listen, outline, "What was removed"), a hover card, who's who, the popup
// and the options page; the same in Arabic, right to left; every control by keyboard; and
// nothing moving under reduced motion.
//
// How axe reaches our UI: the view, the card and the panel are each in one shadow host
// whose root is open (src/page-ui/shadow-host.ts), so axe, evaluated in the page's main
// world by the driver (support/axe.ts), walks into them; each check is scoped to the Gloss
// host, since the page under it is not ours to judge.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { messageTab } from '../../scripts/browsers/tabs';
import { openSession } from './support/session';
import { cardEntity, cardWithRecord, noCard } from './support/marks';
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

/** What still moves inside a Gloss host's shadow root: transitions, animations, smooth scrolling. */
const moving = (tag: string): string[] => {
  const root = document.querySelector(tag)?.shadowRoot;
  if (!root) return [`no ${tag}`];
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    const what = `${el.localName}.${el.getAttribute('class') ?? ''}`;
    if (cs.transitionProperty !== 'none' && cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) out.push(`${what} transition ${cs.transitionDuration}`);
    if (cs.animationName !== 'none') out.push(`${what} animation ${cs.animationName}`);
    if (cs.scrollBehavior === 'smooth') out.push(`${what} smooth scroll`);
  }
  return out;
};

/** The focused element, looking into open shadow roots, as `host|data-kb|class|data-action`. */
const focused = (): string => {
  let el = document.activeElement;
  let host = '';
  while (el?.shadowRoot) { host = el.localName; if (!el.shadowRoot.activeElement) break; el = el.shadowRoot.activeElement; }
  if (!el) return 'none';
  return [host, el.getAttribute('data-kb') ?? '', el.getAttribute('class') ?? '', el.getAttribute('data-action') ?? el.getAttribute('data-testid') ?? ''].join('|');
};

/** Shift+Tab in both drivers (puppeteer's press takes one key). */
async function shiftTab(page: TestPage): Promise<void> {
  const n = page.native;
  if (n.kind === 'playwright') return n.page.keyboard.press('Shift+Tab');
  await n.page.keyboard.down('Shift');
  await n.page.keyboard.press('Tab');
  await n.page.keyboard.up('Shift');
}

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
    await page.waitFor(cardWithRecord, undefined, 5000).catch(async (e) => {
      console.log('card did not open; the page:', await page.evaluate(() => ({ host: !!document.querySelector('gloss-card'), html: document.querySelector('gloss-card')?.shadowRoot?.innerHTML.slice(0, 300), reader: !!document.querySelector('gloss-reader'), y: scrollY, hl: [...((CSS as any).highlights.keys())] })));
      throw e;
    });
    await expectClean(page, 'card', ['gloss-card']);
    // Without reduced motion the card fades in: the motion check below can fail.
    expect((await page.evaluate(moving, 'gloss-card')).join()).toMatch(/transition/);
    await page.press('Escape');
    await page.waitFor(noCard, undefined, 5000);

    expect(await messageTab(control, tabId, { type: 'whoswho/toggle' })).toEqual({ shown: true });
    await page.bringToFront();
    await page.waitFor(() => !!document.querySelector('gloss-whoswho')?.shadowRoot?.querySelector('.row .desc'), undefined, 5000);
    await expectClean(page, "who's who", ['gloss-whoswho']);
    await messageTab(control, tabId, { type: 'whoswho/toggle' });
  });

  // Keyboard (issue #15, part 8): every control is reached by Tab and works with Enter or
  // Space; Escape closes the menu it is in and gives focus back to the menu's button.
  it('keyboard: the view\'s controls by Tab, Enter and Space; Escape closes each menu, then the view', async () => {
    await toggle(true);
    await page.bringToFront();
    await inView(page, '.outline a');
    // The article is light DOM of the view's host (ADR 3): focused, it is the document's activeElement.
    await page.waitFor(() => document.activeElement?.localName === 'article' && !!document.activeElement.closest('gloss-reader'), undefined, 5000);
    // Every control of the toolbar and outline, numbered so Tab's path can be compared.
    const controls = await page.evaluate(() => [...document.querySelector('gloss-reader')!.shadowRoot!.querySelectorAll<HTMLElement>('button:not([disabled]), select, input, a[href], summary')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.body'))
      .map((el, i) => { el.setAttribute('data-kb', String(i)); return String(i); }));
    expect(controls.length).toBeGreaterThan(12);
    const reached = new Set<string>();
    for (let i = 0; i < 120 && reached.size < controls.length; i++) {
      await page.press('Tab');
      const kb = (await page.evaluate(focused)).split('|')[1]!;
      if (kb) reached.add(kb);
    }
    expect([...reached].sort()).toEqual([...controls].sort());
    expect((await page.evaluate(focused)).startsWith('gloss-reader|')).toBe(true);

    const focusIn = (sel: string) => page.evaluate((sel: string) => (document.querySelector('gloss-reader')!.shadowRoot!.querySelector(sel) as HTMLElement).focus(), sel);
    const has = (sel: string) => page.evaluate((sel: string) => !!document.querySelector('gloss-reader')?.shadowRoot?.querySelector(sel), sel);
    // A theme by Space, another by Enter.
    await focusIn('[data-theme-choice="dark"]');
    await page.press(' ');
    await inView(page, '.gloss-scroll[data-theme="dark"]');
    await focusIn('[data-theme-choice="light"]');
    await page.press('Enter');
    await inView(page, '.gloss-scroll[data-theme="light"]');
    // The outline folds and unfolds from its summary.
    await focusIn('.outline summary');
    await page.press('Enter');
    await page.waitFor(() => !document.querySelector('gloss-reader')!.shadowRoot!.querySelector('.outline')!.hasAttribute('open'), undefined, 3000);
    await page.press(' ');
    await page.waitFor(() => document.querySelector('gloss-reader')!.shadowRoot!.querySelector('.outline')!.hasAttribute('open'), undefined, 3000);

    // Text and colours: Enter opens, Tab goes into the menu, Escape closes it and focus returns.
    await focusIn('[data-action="typography"]');
    await page.press('Enter');
    await inView(page, '#gloss-typo');
    await page.press('Tab');
    expect(await page.evaluate(focused)).toMatch(/\|font$/);
    await page.press('Escape');
    expect(await has('#gloss-typo')).toBe(false);
    expect(await page.evaluate(focused)).toMatch(/\|typography$/);
    // Listen: Space opens the player, Escape closes it, focus returns.
    await focusIn('[data-action="listen"]');
    await page.press(' ');
    await inView(page, '#gloss-player');
    await page.press('Escape');
    expect(await has('#gloss-player')).toBe(false);
    expect(await page.evaluate(focused)).toMatch(/\|listen$/);
    // What was removed: Enter opens, Tab reaches its button, Escape closes it, focus returns.
    await focusIn('[data-action="removed"]');
    await page.press('Enter');
    await inView(page, '#gloss-removed li');
    // Past each entry's Restore / Always / Never buttons (issue #15, part 6) to the list's last button.
    for (let i = 0; i < 120 && !(await page.evaluate(focused)).endsWith('|original'); i++) await page.press('Tab');
    expect(await page.evaluate(focused)).toMatch(/\|original$/);
    await page.press('Escape');
    expect(await has('#gloss-removed')).toBe(false);
    expect(await page.evaluate(focused)).toMatch(/\|removed$/);
    // Nothing open: Escape leaves the view.
    expect(await has('.gloss-scroll')).toBe(true);
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('gloss-reader'), undefined, 5000);
  });

  it('keyboard: the card\'s buttons by Tab and Enter; Escape closes it and gives focus back', async () => {
    await page.evaluate(() => (document.querySelector('#primary-menu a') as HTMLElement).focus({ preventScroll: true }));
    await messageTab(control, tabId, { type: 'cards/step', direction: 1 });
    await page.bringToFront();
    await page.waitFor(cardWithRecord, undefined, 5000);
    await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.activeElement?.classList.contains('card') ?? false, undefined, 3000);
    const path: string[] = [];
    for (let i = 0; i < 3; i++) { await page.press('Tab'); path.push((await page.evaluate(focused)).split('|')[2]!); }
    expect(path[0]).toBe('close');
    expect(path).toContain('notthis');
    await page.evaluate(() => (document.querySelector('gloss-card')!.shadowRoot!.querySelector('.close') as HTMLElement).focus());
    await page.press('Enter');
    await page.waitFor(noCard, undefined, 5000);
    expect(await page.evaluate(() => document.activeElement?.closest('#primary-menu') !== null)).toBe(true);

    await messageTab(control, tabId, { type: 'cards/step', direction: 1 });
    await page.bringToFront();
    await page.waitFor(cardWithRecord, undefined, 5000);
    await page.press('Escape');
    await page.waitFor(noCard, undefined, 5000);
    expect(await page.evaluate(() => document.activeElement?.closest('#primary-menu') !== null)).toBe(true);
  });

  it('keyboard: who\'s who rows and tools by Tab, a row by Enter or Space; Escape steps back out', async () => {
    await page.evaluate(() => (document.querySelector('#primary-menu a') as HTMLElement).focus({ preventScroll: true }));
    await messageTab(control, tabId, { type: 'whoswho/toggle' });
    await page.bringToFront();
    await page.waitFor(() => document.querySelector('gloss-whoswho')?.shadowRoot?.activeElement?.classList.contains('row') ?? false, undefined, 5000);
    const rows = await page.evaluate(() => document.querySelector('gloss-whoswho')!.shadowRoot!.querySelectorAll('.row').length);
    const seen = new Set<string>();
    for (let i = 0; i < rows - 1; i++) { await page.press('Tab'); seen.add(await page.evaluate(() => document.querySelector('gloss-whoswho')!.shadowRoot!.activeElement?.getAttribute('data-entity') ?? '')); }
    expect(seen.size).toBe(rows - 1);
    const back: string[] = [];
    await page.evaluate(() => (document.querySelector('gloss-whoswho')!.shadowRoot!.querySelector('.row') as HTMLElement).focus());
    for (let i = 0; i < 4; i++) { await shiftTab(page); back.push(await page.evaluate(focused)); }
    // Firefox also stops on the list's scrolling box (so the keyboard can scroll it).
    expect(back.map((f) => f.split('|').slice(2).join('|')).filter((f) => f !== 'body|').slice(0, 3)).toEqual(['tool close|', 'tool|ww-copy-md', 'tool|ww-copy-text']);
    // Space on a row goes to the name and opens its card, with focus in it.
    await page.evaluate(() => (document.querySelector('gloss-whoswho')!.shadowRoot!.querySelector('[data-entity="qatar"]') as HTMLElement).focus());
    await page.press(' ');
    await page.waitFor(cardWithRecord, undefined, 5000);
    expect(await page.evaluate(cardEntity)).toBe('qatar');
    await page.waitFor(() => document.activeElement?.localName === 'gloss-card', undefined, 3000);
    // Escape closes the card and focus goes back to the row; Escape again closes the panel.
    await page.press('Escape');
    await page.waitFor(() => document.querySelector('gloss-whoswho')!.shadowRoot!.activeElement?.getAttribute('data-entity') === 'qatar', undefined, 3000);
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('gloss-whoswho'), undefined, 5000);
    expect(await page.evaluate(() => document.activeElement?.closest('#primary-menu') !== null)).toBe(true);
    await page.waitFor(noCard, undefined, 5000);
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

// Right to left (issue #15, part 8): with the browser itself in Arabic (its language pack,
// installed by scripts/dev/setup.mjs; extension strings follow the browser's language and
// nothing else), Gloss's words are Arabic and laid out right to left, while the English
// article keeps its own direction; axe finds nothing serious there either.
const AR = JSON.parse(readFileSync('public/_locales/ar/messages.json', 'utf8')) as Record<string, { message: string }>;

describe.each(BROWSERS)('Arabic, right to left, in %s', (name) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  let control: TestPage;
  let tabId: number;
  const toggle = (open: boolean) => messageTab(control, tabId, { type: 'reader/toggle', open });

  beforeAll(async () => {
    ({ browser, page, control, tabId } = await openSession(name, server.url('/index.html'), { locale: 'ar' }));
    await waitMarked(page);
  });
  afterAll(async () => { await browser?.close(); });

  it('lays the view, its menus and panels out right to left, the article left to right', async () => {
    await toggle(true);
    await page.bringToFront();
    await inView(page, '.outline a');
    const look = await page.evaluate(() => {
      const host = document.querySelector('gloss-reader')!;
      const r = host.shadowRoot!;
      const scroll = r.querySelector('.gloss-scroll')!;
      const dir = (sel: string) => getComputedStyle(r.querySelector(sel)!).direction;
      const bar = r.querySelector('.bar')!.getBoundingClientRect();
      const back = r.querySelector('.back')!.getBoundingClientRect();
      return { lang: scroll.getAttribute('lang'), dir: scroll.getAttribute('dir'), bar: dir('.bar'), outline: dir('.outline'),
        article: [host.querySelector('article')!.getAttribute('lang'), getComputedStyle(host.querySelector('article')!).direction, getComputedStyle(host.querySelector('.body p')!).direction],
        back: r.querySelector('.back')!.textContent!.trim(), backAtStart: back.left > bar.left + bar.width / 2 };
    });
    expect(look).toEqual({ lang: 'ar', dir: 'rtl', bar: 'rtl', outline: 'rtl', article: ['en-US', 'ltr', 'ltr'],
      back: `← ${AR.readerBack!.message}`, backAtStart: true });
    await expectClean(page, 'view (ar)', ['gloss-reader']);

    await clickInView(page, '[data-action="typography"]');
    await inView(page, '#gloss-typo');
    const menu = await page.evaluate(() => {
      const r = document.querySelector('gloss-reader')!.shadowRoot!;
      const m = r.querySelector('#gloss-typo')!;
      return { dir: getComputedStyle(m).direction, atLeft: m.getBoundingClientRect().left < innerWidth / 2, label: m.getAttribute('aria-label') };
    });
    expect(menu).toEqual({ dir: 'rtl', atLeft: true, label: AR.readerTextMenu!.message });
    await expectClean(page, 'text and colours menu (ar)', ['gloss-reader']);
    await clickInView(page, '[data-action="typography"]');
    await clickInView(page, '[data-action="removed"]');
    await inView(page, '#gloss-removed li');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('gloss-reader')!.shadowRoot!.querySelector('#gloss-removed')!).direction)).toBe('rtl');
    await expectClean(page, '"What was removed" (ar)', ['gloss-reader']);
    await toggle(false);
    await page.waitFor(() => !document.querySelector('gloss-reader'));
  });

  it('shows the card and who\'s who right to left', async () => {
    await messageTab(control, tabId, { type: 'cards/step', direction: 1 });
    await page.bringToFront();
    await page.waitFor(cardWithRecord, undefined, 5000);
    const card = await page.evaluate(() => {
      const c = document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card')!;
      return { lang: c.getAttribute('lang'), dir: getComputedStyle(c).direction, close: c.querySelector('.close')!.getAttribute('aria-label'),
        name: getComputedStyle(c.querySelector('.name')!).direction };
    });
    expect(card).toEqual({ lang: 'ar', dir: 'rtl', close: AR.cardClose!.message, name: 'ltr' });
    await expectClean(page, 'card (ar)', ['gloss-card']);
    await page.press('Escape');
    await page.waitFor(noCard, undefined, 5000);

    await messageTab(control, tabId, { type: 'whoswho/toggle' });
    await page.bringToFront();
    await page.waitFor(() => !!document.querySelector('gloss-whoswho')?.shadowRoot?.querySelector('.row .desc'), undefined, 5000);
    const panel = await page.evaluate(() => {
      const p = document.querySelector('gloss-whoswho')!.shadowRoot!.querySelector('.panel')!;
      return { dir: getComputedStyle(p).direction, left: Math.round(p.getBoundingClientRect().left), title: p.querySelector('h2')!.textContent };
    });
    expect(panel).toEqual({ dir: 'rtl', left: 0, title: AR.whosWhoTitle!.message });
    await expectClean(page, "who's who (ar)", ['gloss-whoswho']);
    await messageTab(control, tabId, { type: 'whoswho/toggle' });
  });

  it('lays the popup and options out right to left', async () => {
    for (const path of [`${POPUP}?tab=${tabId}`, OPTIONS]) {
      const ext = await browser.openExtensionPage(path);
      expect(await ext.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction]))
        .toEqual(['ar', 'rtl', 'rtl']);
      await expectClean(ext, `${path} (ar)`);
      await ext.close();
    }
  });
});

// Reduced motion (issue #15, part 8): nothing in the view, the card or the panel moves, and
// stepping to the next name jumps even on a page that scrolls smoothly.
describe.each(BROWSERS)('reduced motion in %s', (name) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  let control: TestPage;
  let tabId: number;

  beforeAll(async () => {
    ({ browser, page, control, tabId } = await openSession(name, server.url('/index.html'), { reducedMotion: true }));
    await waitMarked(page);
  });
  afterAll(async () => { await browser?.close(); });

  it('jumps to the next name on a smooth-scrolling page, and the card does not fade or slide', async () => {
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'html { scroll-behavior: smooth !important; }';
      document.head.append(style);
      window.scrollTo({ top: 0, behavior: 'instant' });
    });
    // Backwards from the start: a name near the end of the article, far below.
    await messageTab(control, tabId, { type: 'cards/step', direction: -1 });
    const first = await page.evaluate(() => scrollY);
    await new Promise((r) => setTimeout(r, 600));
    expect(first).toBeGreaterThan(300);
    expect(await page.evaluate(() => scrollY)).toBe(first);
    await page.bringToFront();
    await page.waitFor(cardWithRecord, undefined, 5000);
    expect(await page.evaluate(moving, 'gloss-card')).toEqual([]);
    await page.press('Escape');
    await page.waitFor(noCard, undefined, 5000);
  });

  it('moves nothing in the view, its menus or who\'s who, and jumps between headings', async () => {
    await messageTab(control, tabId, { type: 'reader/toggle', open: true });
    await page.bringToFront();
    await inView(page, '.outline a');
    await clickInView(page, '[data-action="typography"]');
    await clickInView(page, '[data-action="listen"]');
    await clickInView(page, '[data-action="removed"]');
    await inView(page, '#gloss-removed li');
    expect(await page.evaluate(moving, 'gloss-reader')).toEqual([]);
    await page.evaluate(() => (document.querySelector('gloss-reader')!.querySelector('article') as HTMLElement).focus());
    await page.press(']');
    const top = await page.evaluate(() => document.querySelector('gloss-reader')!.shadowRoot!.querySelector('.gloss-scroll')!.scrollTop);
    await new Promise((r) => setTimeout(r, 400));
    expect(top).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelector('gloss-reader')!.shadowRoot!.querySelector('.gloss-scroll')!.scrollTop)).toBe(top);
    await messageTab(control, tabId, { type: 'reader/toggle', open: false });
    await page.waitFor(() => !document.querySelector('gloss-reader'));

    await messageTab(control, tabId, { type: 'whoswho/toggle' });
    await page.bringToFront();
    await page.waitFor(() => !!document.querySelector('gloss-whoswho')?.shadowRoot?.querySelector('.row'), undefined, 5000);
    expect(await page.evaluate(moving, 'gloss-whoswho')).toEqual([]);
    await messageTab(control, tabId, { type: 'whoswho/toggle' });
  });
});
