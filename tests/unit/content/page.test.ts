// The page lifecycle (src/content/page.ts) with a fake browser: what loads on which page,
// how settings changes restart names, and how an orphaned script stops (issue #17).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => import('../support/fake-browser'));

const verdict = { article: true, score: 5, reasons: ['schema-article'], container: undefined as Element | undefined };
vi.mock('../../../src/detect/detect', () => ({
  detectArticleSliced: vi.fn(async () => ({ ...verdict, container: verdict.container ?? document.body })),
}));

const names = { addRoot: vi.fn(), removeRoot: vi.fn(), step: vi.fn(), count: vi.fn(() => 2), finding: vi.fn(() => false), settled: vi.fn(async () => {}), stop: vi.fn() };
const namesChunk = { startNames: vi.fn(async () => names), forgetAliasIndex: vi.fn() };
const readerChunk = { toggleReader: vi.fn(async () => {}), readerRoot: vi.fn(() => null) };
vi.mock('../../../src/content/chunks', () => ({
  loadNames: vi.fn(async () => namesChunk),
  loadedNames: vi.fn(() => namesChunk),
  loadReader: vi.fn(async () => readerChunk),
}));

const fake = await import('../support/fake-browser');
const { startPage } = await import('../../../src/content/page');
const { loadNames } = await import('../../../src/content/chunks');
const { defaultSettings, SETTINGS_KEY } = await import('../../../src/settings/schema');

const settle = async () => { for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0)); };

describe('the page lifecycle', () => {
  beforeEach(() => {
    fake.resetBrowser();
    vi.clearAllMocks();
    verdict.article = true;
    document.body.innerHTML = '<article><p>Qatar hosted the talks.</p></article>';
    // jsdom has no constructable stylesheets; the lifecycle clears old ones on start.
    Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
  });
  afterEach(() => { fake.browser.runtime.id = undefined; void fake.toContentScript({ type: 'page/status' }); });

  it('on an article with cards on, loads the names chunk once and marks the container', async () => {
    startPage();
    await settle();
    expect(loadNames).toHaveBeenCalledTimes(1);
    expect(names.addRoot).toHaveBeenCalledWith(document.body);
    const status = await fake.toContentScript({ type: 'page/status' }) as { article: boolean; names: number; perf?: unknown };
    expect(status).toMatchObject({ article: true, names: 2 });
    expect(status.perf).toBeUndefined();
  });

  it('on a page that is not an article, runs detection only', async () => {
    verdict.article = false;
    startPage();
    await settle();
    expect(loadNames).not.toHaveBeenCalled();
    expect(await fake.toContentScript({ type: 'page/status' })).toMatchObject({ article: false, names: 0 });
  });

  it('stops names when cards are switched off and starts them again when switched on', async () => {
    startPage();
    await settle();
    const off = defaultSettings();
    off.cards.enabled = false;
    const signal = (namesChunk.startNames.mock.calls[0] as unknown[])[2] as AbortSignal;
    expect(signal.aborted).toBe(false);
    await fake.browser.storage.sync.set({ [SETTINGS_KEY]: off });
    await settle();
    // Everything names added listens with that signal: aborting it stops the feature.
    expect(signal.aborted).toBe(true);
    expect(namesChunk.startNames).toHaveBeenCalledTimes(1);
    await fake.browser.storage.sync.set({ [SETTINGS_KEY]: defaultSettings() });
    await settle();
    expect(namesChunk.startNames).toHaveBeenCalledTimes(2);
  });

  it('hands clean mode its toggle and steps names from the keyboard command', async () => {
    startPage();
    await settle();
    await fake.toContentScript({ type: 'reader/toggle', open: true });
    expect(readerChunk.toggleReader).toHaveBeenCalledWith(expect.objectContaining({ verdict: expect.objectContaining({ article: true }) }), true);
    await fake.toContentScript({ type: 'cards/step', direction: -1 });
    expect(names.step).toHaveBeenCalledWith(-1);
  });

  // #17: the popup and the bench learn from the status whether names are still being
  // found; no message of their own waits for names.
  it('says names are being found while a pass is under way, and how many so far', async () => {
    names.finding.mockReturnValue(true);
    startPage();
    await settle();
    expect(await fake.toContentScript({ type: 'page/status' })).toMatchObject({ names: 2, findingNames: true });
    names.finding.mockReturnValue(false);
    expect(await fake.toContentScript({ type: 'page/status' })).toMatchObject({ names: 2, findingNames: false });
  });

  it('says names are being found while the names chunk loads after a settings change', async () => {
    startPage();
    await settle();
    let chunkLoaded!: () => void;
    vi.mocked(loadNames).mockImplementationOnce(() => new Promise((ok) => { chunkLoaded = () => ok(namesChunk as never); }));
    const fewer = defaultSettings();
    fewer.cards.types.country = false;
    await fake.browser.storage.sync.set({ [SETTINGS_KEY]: fewer });
    await settle();
    expect(await fake.toContentScript({ type: 'page/status' })).toMatchObject({ findingNames: true, names: 0 });
    chunkLoaded();
    await settle();
    expect(await fake.toContentScript({ type: 'page/status' })).toMatchObject({ findingNames: false, names: 2 });
  });

  it('is not left finding names when cards are switched off while names start', async () => {
    startPage();
    await settle();
    let chunkLoaded!: () => void;
    vi.mocked(loadNames).mockImplementationOnce(() => new Promise((ok) => { chunkLoaded = () => ok(namesChunk as never); }));
    const key = defaultSettings();
    key.cards.types.country = false;
    await fake.browser.storage.sync.set({ [SETTINGS_KEY]: key });
    await settle();
    expect(await fake.toContentScript({ type: 'page/status' })).toMatchObject({ findingNames: true, names: 0 });
    const off = defaultSettings();
    off.cards.enabled = false;
    await fake.browser.storage.sync.set({ [SETTINGS_KEY]: off });
    await settle();
    chunkLoaded();
    await settle();
    expect(await fake.toContentScript({ type: 'page/status' })).toMatchObject({ findingNames: false, names: 0, cardsEnabled: false });
  });

  it('stops listening once the extension is gone under the page', async () => {
    startPage();
    await settle();
    expect(fake.contentListeners()).toBe(1);
    fake.browser.runtime.id = undefined;
    expect(await fake.toContentScript({ type: 'page/status' })).toBeUndefined();
    expect(fake.contentListeners()).toBe(0);
  });
});
