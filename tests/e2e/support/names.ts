/**
 * What Gloss found on a page, read the way the product shows it (issue #17: the content
 * script answers no message of the tests' own): the tab's status, which the popup shows
 * (how many names, whether still finding), the who's-who panel (one row per name with its
 * entity id and count, opened with the message the popup and the shortcut send), and the
 * page's highlight registry, which is per document and so readable from the page's world.
 */
import type { TestPage } from '../../../scripts/browsers/launch';
import { settledStatus } from '../../../scripts/bench/settle';
import { messageTab } from '../../../scripts/browsers/tabs';
import type { PageStatus } from '../../../src/messages';
import { sleep } from './watch';
import { TIMING } from '../../../src/timing';

/** The tab's status once detection has decided and no names are being found (or null). */
export async function namesSettled(control: TestPage, tabId: number, timeoutMs = 15_000): Promise<PageStatus | null> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(100)) {
    const status = await messageTab<PageStatus>(control, tabId, { type: 'page/status' }).catch(() => null);
    if (settledStatus(status)) return status;
  }
  return null;
}

export interface PanelRow {
  id: string;
  /** The count the row shows ("×3"). */
  mentions: number;
  /** The heading of the row's group ("People"). */
  group: string;
}

const panelOpen = () => !!document.querySelector('gloss-whoswho');

/** Opens who's who in the tab as the popup's button does; false when Gloss says there are no names.
 *  `waitForRows: false` returns once the panel is open, rows or not (the caller reads them again). */
export async function openWhosWho(control: TestPage, tabId: number, page: TestPage, waitForRows = true): Promise<boolean> {
  if (await page.evaluate(panelOpen)) return true;
  const { shown } = await messageTab<{ shown: boolean }>(control, tabId, { type: 'whoswho/toggle' });
  if (!shown) return false;
  const hasRows = () => !!document.querySelector('gloss-whoswho')?.shadowRoot?.querySelector('.row');
  if (waitForRows) await page.waitFor(hasRows, undefined, 5000);
  else await page.waitFor(() => !!document.querySelector('gloss-whoswho'), undefined, 5000);
  return true;
}

/** Closes who's who (and the card it opened, which closes with it). */
export async function closeWhosWho(control: TestPage, tabId: number, page: TestPage): Promise<void> {
  if (!await page.evaluate(panelOpen)) return;
  await messageTab(control, tabId, { type: 'whoswho/toggle' });
  await page.waitFor(() => !document.querySelector('gloss-whoswho') && !document.querySelector('gloss-card'), undefined, 5000);
}

/** The rows of the open panel, in order. */
export function panelRows(page: TestPage): Promise<PanelRow[]> {
  return page.evaluate(() => [...document.querySelector('gloss-whoswho')!.shadowRoot!.querySelectorAll<HTMLElement>('.row[data-entity]')]
    .map((row) => ({
      id: row.dataset.entity!,
      mentions: Number(row.querySelector('.n')!.textContent!.replace(/\D/g, '')),
      group: row.closest('section')?.querySelector('h3')?.textContent ?? '',
    })));
}

/** Who's who's rows, the panel opened and closed again; [] when Gloss lists nothing. With
 *  `waitForRows: false` a panel still re-reading the page (after a setting changed) gives [] too. */
export async function whosWhoRows(control: TestPage, tabId: number, page: TestPage, waitForRows = true): Promise<PanelRow[]> {
  if (!await openWhosWho(control, tabId, page, waitForRows)) return [];
  const rows = await panelRows(page);
  await closeWhosWho(control, tabId, page);
  return rows;
}

/** Rows read until `ready` holds for them (or the last ones after `timeoutMs`). */
export async function whosWhoRowsWhen(control: TestPage, tabId: number, page: TestPage,
  ready: (rows: PanelRow[]) => boolean, timeoutMs = 5000): Promise<PanelRow[]> {
  let rows: PanelRow[] = [];
  // A setting change makes the page look for names again: the panel may open before its rows
  // are back (seen once in CI under load), so each read takes what is there and the loop waits.
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(100)) {
    rows = await whosWhoRows(control, tabId, page, false);
    if (ready(rows)) break;
  }
  return rows;
}

export interface VisitedName {
  id: string;
  /** The count the row shows. */
  listed: number;
  /** Distinct marks that choosing the row `listed` times went to. */
  visited: number;
  /** Their texts, each once, in the order visited. */
  surfaces: string[];
}

export interface Visit {
  names: VisitedName[];
  /** Underlined names no row went to. */
  unlisted: string[];
  /** Marks two rows went to. */
  twice: string[];
}

/**
 * Chooses each row of the open panel as often as its count says, as a reader would: each
 * choice goes to that name's next mention, opens its card and makes it the active mark, whose
 * text and identity the page's highlight registry shows. So every mark reached is tied to the
 * row's entity, and every underlined mark reached by none is reported. `only`: those ids.
 */
export function visitEveryMention(page: TestPage, only?: string[]): Promise<Visit> {
  return page.evaluate(async ([wanted, dwellMs]: [string[] | null, number]) => {
    const highlights = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    const active = () => [...(highlights.get('gloss-name-active') ?? [])][0] ?? null;
    const text = (r: Range) => r.toString().replace(/\s+/g, ' ');
    // The open panel focuses its first row, and a row in focus previews its first name after
    // the dwell (src/whoswho/controller.tsx): that name's first mention is then active before
    // any choice, and choosing the row, which goes to that same mention, changed nothing the
    // loop below could see. Let the preview come, then close it (Escape, as a reader would).
    await new Promise((r) => setTimeout(r, dwellMs + 200));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    for (let waited = 0; active() !== null && waited < 2000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    const owner = new Map<Range, string>();
    const twice: string[] = [];
    const names = [];
    for (const row of document.querySelector('gloss-whoswho')!.shadowRoot!.querySelectorAll<HTMLElement>('.row[data-entity]')) {
      const id = row.dataset.entity!;
      if (wanted && !wanted.includes(id)) continue;
      const listed = Number(row.querySelector('.n')!.textContent!.replace(/\D/g, ''));
      const mine = new Set<Range>();
      const surfaces: string[] = [];
      for (let i = 0; i < listed; i++) {
        const before = active();
        row.click();
        // The card opens, then the mark becomes active in the next frame (cards/controller.tsx);
        // in between, closing the last card can leave no active mark for a moment: wait past it
        // (8 s: a slow machine took more than 3 to open a card whose record was not cached).
        for (let waited = 0; (active() === before || active() === null) && waited < 8000; waited += 10) await new Promise((r) => setTimeout(r, 10));
        const now = active();
        // Nothing new: the row's count says more mentions than choosing it reaches.
        if (!now || now === before) break;
        if (owner.has(now) && owner.get(now) !== id) twice.push(text(now));
        owner.set(now, id);
        mine.add(now);
        if (!surfaces.includes(text(now))) surfaces.push(text(now));
      }
      names.push({ id, listed, visited: mine.size, surfaces });
    }
    const unlisted = wanted ? [] : [...(highlights.get('gloss-name') ?? [])].filter((r) => !owner.has(r)).map(text);
    return { names, unlisted, twice };
  }, [only ?? null, TIMING.hoverDwellMs] as [string[] | null, number]);
}
