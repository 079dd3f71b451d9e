import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { browser, resetBrowser } from '../support/fake-browser';
import { Options } from '../../../src/ui/options/Options';
import { defaultSettings } from '../../../src/settings/schema';
import { accessibleName, click, mount, settle, unmount, until } from './render';

vi.mock('../../../src/platform/browser', () => import('../support/fake-browser'));

const settings = async () => (await browser.storage.sync.get('settings')).settings as ReturnType<typeof defaultSettings>;
const glossary = async () => (await browser.storage.local.get('glossary')).glossary as { entries: { name: string }[] } | undefined;

async function importFile(root: HTMLElement, name: string, text: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('[data-testid="glossary-import"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name)] });
  await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  await settle();
}

async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); });
}

describe('options page', () => {
  beforeEach(() => resetBrowser());
  afterEach(() => unmount());

  it('lists site rules and corrections with working remove and undo buttons', async () => {
    await browser.storage.sync.set({ settings: { ...defaultSettings(),
      sites: { 'a.example': { noCards: true }, 'b.example': { alwaysClean: true } },
      exclusions: { 'a.example': ['Jordan', 'Chad'] } } });
    const root = await mount(<Options />);
    await until(() => !!root.querySelector('[data-testid="site-rules"]'), 'site rules');
    expect([...root.querySelectorAll('[data-testid="site-rules"] li')].map((li) => li.getAttribute('data-host'))).toEqual(['a.example', 'b.example']);
    await click(root.querySelector('[data-testid="site-rules"] li[data-host="a.example"] button'));
    expect((await settings()).sites).toEqual({ 'b.example': { alwaysClean: true } });
    const undo = [...root.querySelectorAll('[data-testid="exclusions"] button')];
    expect(undo.map(accessibleName)).toEqual(['Link “\u2068Jordan\u2069” on \u2068a.example\u2069 again', 'Link “\u2068Chad\u2069” on \u2068a.example\u2069 again']);
    await click(undo[0]!);
    expect((await settings()).exclusions).toEqual({ 'a.example': ['Chad'] });
    expect(root.querySelector('[data-testid="saved"]')!.textContent).toBe('Saved. Open tabs use the change now.');
  });

  it('saves a changed setting at once', async () => {
    const root = await mount(<Options />);
    await until(() => !!root.querySelector('[data-testid="opt-type-place"]'), 'types');
    await click(root.querySelector('[data-testid="opt-type-place"]'));
    await click(root.querySelector('[data-testid="opt-mentions-first"]'));
    const s = await settings();
    expect([s.cards.types.place, s.cards.types.person, s.cards.mentions]).toEqual([false, true, 'first']);
  });

  it('refuses a bad import whole, listing each problem with its line', async () => {
    const root = await mount(<Options />);
    await until(() => !!root.querySelector('[data-testid="glossary-import"]'), 'import');
    await importFile(root, 'mine.csv', 'name,description\nGood Name,fine\nBad,\n');
    const errors = root.querySelector('[data-testid="import-errors"]')!;
    expect(errors.getAttribute('role')).toBe('alert');
    expect(errors.textContent).toContain('Nothing was imported from mine.csv');
    expect(errors.textContent).toContain('Line 3: “description” is required.');
    expect(await glossary()).toBeUndefined();
    expect(root.querySelector('[data-testid="glossary-empty"]')).not.toBeNull();
  });

  it('imports a good file, lists the entries as text, and exports nothing it was not given', async () => {
    const root = await mount(<Options />);
    await until(() => !!root.querySelector('[data-testid="glossary-import"]'), 'import');
    const json = JSON.stringify([{ name: 'Meridian Ledger', description: '<img src=x onerror=alert(1)>', type: 'organization' }]);
    await importFile(root, 'mine.json', json);
    expect(root.querySelector('[data-testid="import-done"]')!.textContent).toBe('Imported: 1 added, 0 updated.');
    expect((await glossary())!.entries.map((e) => e.name)).toEqual(['Meridian Ledger']);
    const list = root.querySelector('[data-testid="glossary-entries"]')!;
    expect(list.querySelector('img')).toBeNull();
    expect(list.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('adds an entry from the editor, shows problems at their fields, and undoes a removal', async () => {
    const root = await mount(<Options />);
    await until(() => !!root.querySelector('#g-name'), 'editor');
    await type(root.querySelector('#g-name')!, 'Z');
    await click(root.querySelector('[data-testid="entry-save"]'));
    expect(root.querySelector('#g-name')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#g-description-errors')!.textContent).toBe('“Short description” is required.');
    expect(document.activeElement?.id).toBe('g-name');
    await type(root.querySelector('#g-name')!, 'Zed Alpha');
    await type(root.querySelector('#g-description')!, 'A test person');
    await click(root.querySelector('[data-testid="entry-save"]'));
    expect((await glossary())!.entries.map((e) => e.name)).toEqual(['Zed Alpha']);
    await click(root.querySelector('[aria-label="Remove \u2068Zed Alpha\u2069"]'));
    expect((await glossary())!.entries).toEqual([]);
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!);
    expect((await glossary())!.entries.map((e) => e.name)).toEqual(['Zed Alpha']);
  });

  it('says clearly when storage is full', async () => {
    browser.storage.local.state.quotaBytes = 100;
    const root = await mount(<Options />);
    await until(() => !!root.querySelector('[data-testid="glossary-import"]'), 'import');
    await importFile(root, 'big.json', JSON.stringify([{ name: 'Meridian Ledger', description: 'x'.repeat(200) }]));
    expect(root.querySelector('[data-testid="glossary-save-error"]')!.textContent).toMatch(/^Could not save: the browser's storage for Gloss is full \(\d+ KB needed\)/);
    expect(await glossary()).toBeUndefined();
  });

  it('gives every control an accessible name', async () => {
    await browser.storage.sync.set({ settings: { ...defaultSettings(), sites: { 'a.example': { noCards: true } }, exclusions: { 'a.example': ['Jordan'] } } });
    const root = await mount(<Options />);
    await until(() => !!root.querySelector('[data-testid="site-rules"]') && !!root.querySelector('#g-name'), 'page');
    const controls = [...root.querySelectorAll('button, input, select, textarea')];
    expect(controls.length).toBeGreaterThan(20);
    for (const c of controls) expect(accessibleName(c), c.outerHTML).not.toBe('');
  });
});
