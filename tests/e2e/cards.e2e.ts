// Hover cards on the demo article, in both browsers (issue #5).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, type TestPage } from '../../scripts/browsers/launch';
import { serveStatic, type StaticServer } from '../../scripts/browsers/server';
import { openSession, type Session } from './support/session';
import { messageTab } from '../../scripts/browsers/tabs';
import { cardEntity, cardWithRecord, markCentre, noCard } from './support/marks';
import { waitMarked } from './support/page-state';
import { slugify } from '../../src/knowledge/checks';
import { closeWhosWho, openWhosWho, visitEveryMention } from './support/names';

/** surface → entity id, for every name the demo article must have marked. */
const expected = new Map(readFileSync('src/knowledge/coverage/demo-names.txt', 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('|').map((s) => s.trim()) as [string, string])
  .map(([surface, title]) => [surface, slugify(title)]));
/** Covered names outside the demo-names list that may also be marked (related-posts links). */
const alsoFine = new Map([['Red Sea', 'red-sea'], ['the Gulf', 'persian-gulf']]);

let server: StaticServer;
beforeAll(async () => { server = await serveStatic('demo'); });
afterAll(async () => { await server?.close(); });

describe.each(BROWSERS)('hover cards in %s', (name) => {
  let browser: ExtensionBrowser;
  let page: TestPage;
  let control: TestPage;
  let tabId: number;
  beforeAll(async () => {
    ({ browser, page, control, tabId } = await openSession(name, server.url('/index.html')));
  });
  afterAll(async () => { await browser?.close(); });

  it('marks every covered name on the demo article, with the right entity, and nothing else', async () => {
    // Which entity each mark stands for, as who's who shows it: choosing a row goes to each
    // of that entity's mentions in turn (the demo article marks no terms, which who's who
    // leaves out, so every underlined name must be reached from some row).
    expect(await openWhosWho(control, tabId, page)).toBe(true);
    const visit = await visitEveryMention(page);
    await closeWhosWho(control, tabId, page);
    expect(visit.unlisted).toEqual([]);
    const marked = new Map(visit.names.flatMap((n) => n.surfaces.map((s) => [s, n.id] as const)));
    for (const [surface, id] of expected) expect(marked.get(surface), surface).toBe(id);
    // Anything else marked must be one of those entities under another of its names
    // ("President Trump"), or a covered name outside the article text proper.
    const allowed = new Set([...expected.values(), ...alsoFine.values()]);
    for (const [surface, id] of marked) expect(allowed.has(id), `${surface} → ${id}`).toBe(true);
    expect(marked.has('Nadia Farouk')).toBe(false);
  });

  it('shows the right card after a dwell and closes it when the pointer leaves', async () => {
    const at = await markCentre(page, 'Mohammed bin Salman');
    expect(at).not.toBeNull();
    await page.mouseMove(at!.x - 20, at!.y + 80);
    await page.mouseMove(at!.x, at!.y, 3);
    // The card opens at once and shows its record when the background has read it (a shard
    // file, ADR 4): wait for the record, not only for the card.
    await page.waitFor(cardWithRecord, undefined, 5000).catch(async (e) => {
      await page.screenshot(`test-results/cards-${name}-hover.png`);
      throw e;
    });
    expect(await page.evaluate(cardEntity)).toBe('mohammed-bin-salman');
    const text = await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.textContent!);
    expect(text).toContain('Saudi Arabia');
    expect(text).toMatch(/As of [A-Z][a-z]+ 20\d\d/);
    await page.mouseMove(5, 5, 2);
    await page.waitFor(noCard, undefined, 5000);
  });

  it('opens nothing when the pointer sweeps fast across names', async () => {
    const a = await markCentre(page, 'Qatar');
    await page.mouseMove(0, a!.y);
    await page.mouseMove(1200, a!.y, 6);
    await page.mouseMove(1250, 10, 2);
    await new Promise((r) => setTimeout(r, 900));
    expect(await page.evaluate(noCard)).toBe(true);
  });

  it('steps through names from the keyboard command and closes with Escape', async () => {
    await messageTab(control, tabId, { type: 'cards/step', direction: 1 });
    await page.bringToFront();
    await page.waitFor(cardWithRecord, undefined, 5000);
    const first = await page.evaluate(cardEntity);
    expect(first).toBeTruthy();
    const role = await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card')!.getAttribute('role'));
    expect(role).toBe('dialog');
    // Forward once more, then back: the previous-name command returns to the same name.
    const active = () => {
      const range = [...((CSS as any).highlights.get('gloss-name-active') ?? [])][0] as Range | undefined;
      return range ? `${range.toString()}@${Math.round(range.getBoundingClientRect().top + scrollY)}:${range.startOffset}` : null;
    };
    const activeBecomes = async (test: (now: string | null) => boolean) => {
      for (let waited = 0; waited < 5000; waited += 100) {
        if (test(await page.evaluate(active))) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    };
    // The name's highlight follows the card by a frame (src/cards/active-name.ts).
    expect(await activeBecomes((now) => !!now)).toBe(true);
    const at = await page.evaluate(active);
    expect(at).toBeTruthy();
    await messageTab(control, tabId, { type: 'cards/step', direction: 1 });
    expect(await activeBecomes((now) => !!now && now !== at)).toBe(true);
    await messageTab(control, tabId, { type: 'cards/step', direction: -1 });
    expect(await activeBecomes((now) => now === at)).toBe(true);
    await page.press('Escape');
    await page.waitFor(noCard, undefined, 5000);
  });
});

// Issue #16: an article dated March 2025 (a page written for the project); Japan's card
// names the prime minister of that month first, then who has led since.
describe.each(BROWSERS)('cards dated to the article in %s', (name) => {
  let session: Session;
  let fixtures: StaticServer;
  beforeAll(async () => {
    fixtures = await serveStatic('tests/fixtures/cards');
    session = await openSession(name, fixtures.url('/dated-2025-article.html'));
  });
  afterAll(async () => { await session?.browser.close(); await fixtures?.close(); });

  it('shows the role at the publication date first, then what changed since', async () => {
    const { page } = session;
    await waitMarked(page);
    const at = await markCentre(page, 'Japan');
    expect(at).not.toBeNull();
    await page.mouseMove(at!.x - 20, at!.y + 80);
    await page.mouseMove(at!.x, at!.y, 3);
    await page.waitFor(cardWithRecord, undefined, 5000);
    expect(await page.evaluate(cardEntity)).toBe('japan');
    const dated = await page.evaluate(() => [...document.querySelector('gloss-card')!.shadowRoot!.querySelectorAll('.dated p')].map((p) => p.textContent));
    expect(dated[0]).toBe('In March 2025, when this was published: Emperor: Naruhito; Prime Minister: Shigeru Ishiba');
    expect(dated).toContain('Since October 2025: Prime Minister: Sanae Takaichi');
  });
});

