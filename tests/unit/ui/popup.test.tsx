import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, calls, onTabMessage, resetBrowser } from '../support/fake-browser';
import { Popup } from '../../../src/ui/popup/Popup';
import type { PageStatus } from '../../../src/messages';
import { act } from 'preact/test-utils';
import { accessibleName, click, mount, settle, unmount, until } from './render';

vi.mock('../../../src/platform/browser', () => import('../support/fake-browser'));

const status = (over: Partial<PageStatus> = {}): PageStatus => ({
  host: 'news.example', article: true, score: 0.9, reasons: ['long paragraphs (Readability)', 'schema.org NewsArticle', 'a reason with no message'],
  readerOpen: false, names: 12, findingNames: false, cardsEnabled: true, ...over,
});

async function stored() {
  return (await browser.storage.sync.get('settings')).settings as { sites: Record<string, object> } | undefined;
}

describe('popup', () => {
  let current: PageStatus;
  let toggles: unknown[];
  beforeEach(() => {
    resetBrowser();
    current = status();
    toggles = [];
    onTabMessage((msg) => {
      if (msg.type === 'reader/toggle') {
        toggles.push(msg);
        current = { ...current, readerOpen: !current.readerOpen };
      }
      return current;
    });
  });
  afterEach(() => unmount());

  it('shows the verdict with its reasons, the names and the shortcuts', async () => {
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('[data-testid="verdict"]'), 'verdict');
    await settle();
    expect(root.querySelector('[data-testid="verdict"]')!.textContent).toBe('This page is an article.');
    expect([...root.querySelectorAll('[data-testid="reasons"] li')].map((li) => li.textContent)).toEqual(['Long paragraphs (Readability’s check)', 'Marked up as NewsArticle (schema.org)', 'a reason with no message']);
    expect(root.querySelector('[data-testid="names"]')!.textContent).toBe('Names with cards on this page: 12');
    const shortcuts = root.querySelector('[data-testid="shortcuts"]')!.textContent!;
    expect(shortcuts).toContain('Toggle clean reading mode');
    expect(shortcuts).toContain('Alt+Shift+R');
    expect(shortcuts).toContain('Not set');
    expect(shortcuts).toContain('chrome://extensions/shortcuts');
  });

  it('says names are still being found, with the count so far, until they all are', async () => {
    current = status({ names: 3, findingNames: true });
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('[data-testid="names"]'), 'names');
    expect(root.querySelector('[data-testid="names"]')!.textContent).toBe('Looking for names on this page… 3 so far');
    current = status({ names: 12, findingNames: false });
    // The popup asks again while it is open (TIMING.popupStatusRefreshMs).
    const done = () => root.querySelector('[data-testid="names"]')!.textContent === 'Names with cards on this page: 12';
    for (let waited = 0; waited < 3000 && !done(); waited += 50) await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(done()).toBe(true);
  });

  it('gives every control an accessible name', async () => {
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('[data-testid="site-cards"]'), 'site switch');
    const controls = [...root.querySelectorAll('button, input, select, textarea, summary')];
    expect(controls.length).toBeGreaterThanOrEqual(6);
    for (const c of controls) expect(accessibleName(c), c.outerHTML).not.toBe('');
  });

  it('switches cards off for this site only, and back on', async () => {
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('[data-testid="site-cards"]'), 'site switch');
    await click(root.querySelector('[data-testid="site-cards"]'));
    expect((await stored())?.sites).toEqual({ 'news.example': { noCards: true } });
    expect(root.querySelector('[data-testid="names"]')!.textContent).toBe('Hover cards are off on this site.');
    await click(root.querySelector('[data-testid="site-cards"]'));
    expect((await stored())?.sites).toEqual({});
  });

  it('opens clean mode now when "always clean" is switched on for an article', async () => {
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('[data-testid="always-clean"]'), 'always-clean switch');
    await click(root.querySelector('[data-testid="always-clean"]'));
    expect((await stored())?.sites).toEqual({ 'news.example': { alwaysClean: true } });
    await until(() => toggles.length === 1, 'clean mode opened');
    expect(toggles).toEqual([{ type: 'reader/toggle', open: true }]);
    await until(() => root.querySelector('[data-testid="toggle-clean"]')!.getAttribute('aria-pressed') === 'true', 'pressed');
  });

  it('shows why clean mode failed, and links to the options', async () => {
    current = status({ article: false, reasons: [], readerError: 'Gloss could not find an article on this page.' });
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('[data-testid="reader-error"]'), 'reader error');
    expect(root.querySelector('[data-testid="verdict"]')!.textContent).toBe('This page does not look like an article.');
    expect(root.querySelector('[data-testid="reader-error"]')!.getAttribute('role')).toBe('alert');
    await click(root.querySelector('[data-testid="open-options"]'));
    expect(calls.openOptionsPage).toBe(1);
  });

  it('shows a notice for damaged settings, and clears it by saving the defaults', async () => {
    await browser.storage.sync.set({ settings: { version: 1, cards: { dwellMs: 'slow' } } });
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('[data-testid="settings-notice"]'), 'notice');
    expect(root.querySelector('[data-testid="settings-notice"]')!.textContent).toContain('“Wait before a card opens” had a value Gloss cannot use.');
    await click(root.querySelector('[data-testid="settings-notice"] button'));
    expect(root.querySelector('[data-testid="settings-notice"]')).toBeNull();
    expect(((await stored()) as unknown as { cards: { dwellMs: number } }).cards.dwellMs).toBe(300);
  });

  it('says so when Gloss does not run in the tab', async () => {
    onTabMessage(() => { throw new Error('Could not establish connection'); });
    const root = await mount(<Popup />);
    await until(() => !!root.querySelector('[data-testid="unavailable"]'), 'unavailable');
    expect(root.querySelector('[data-testid="open-options"]')).not.toBeNull();
  });
});
