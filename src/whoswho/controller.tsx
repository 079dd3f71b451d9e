/**
 * The who's-who panel on a page (issue #16): built from the marks names already found,
 * filled with each entity's short description from the background, shown in one shadow
 * host beside the article. Choosing a row goes to that name's next mention and opens its
 * card there; resting on a row shows the card beside it. Closing leaves nothing behind.
 */
import { render } from 'preact';
import type { Mark } from '../annotate/marks';
import type { Cards } from '../cards/controller';
import { formatMonth } from '../cards/dated';
import { t, uiLocale } from '../i18n/i18n';
import type { CardRecord } from '../knowledge/types';
import type { EntityRow } from '../matcher/wire';
import { copyText } from '../page-ui/clipboard';
import { createShadowHost, type ShadowHost } from '../page-ui/shadow-host';
import { TIMING } from '../timing';
import { asText, whosWho, type MentionSeen, type Row, type WhosWho } from './model';
import { Panel } from './Panel';
import { PANEL_CSS } from './panel-css';

export interface WhosWhoOptions {
  signal: AbortSignal;
  /** Every mark on the page and in the reading view, in document order. */
  marks(): Mark[];
  entity(index: number): EntityRow | undefined;
  records(ids: string[]): Promise<(CardRecord | null)[]>;
  cards: Cards;
}

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, dd, dt, figcaption, caption';

/** A mention with its block's text and where in it the name sits. */
function seen(mark: Mark, row: EntityRow): MentionSeen {
  const start = mark.range.startContainer;
  const el = start.parentElement;
  const block = el?.closest(BLOCK) ?? el ?? start;
  const before = mark.range.cloneRange();
  before.setStart(block, 0);
  before.setEnd(mark.range.startContainer, mark.range.startOffset);
  const at = before.toString().length;
  return { entity: mark.entity, id: row[0], name: row[1], type: row[2], block: block.textContent ?? '', start: at, end: at + mark.surface.length };
}

export function whosWhoPanel(opts: WhosWhoOptions) {
  let host: ShadowHost | null = null;
  let list: WhosWho | null = null;
  let returnFocus: Element | null = null;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  const visited = new Map<number, number>();

  const paint = () => {
    if (!host || !list) return;
    render(<Panel list={list} onChoose={choose} onPreview={preview} onRelease={release} onCopy={copy} onClose={close} />, host.root.lastElementChild!);
  };

  const mentionsOf = (entity: number) => opts.marks().filter((m) => m.entity === entity && !m.range.collapsed);

  function choose(row: Row): void {
    clearTimeout(previewTimer);
    const marks = mentionsOf(row.entity);
    if (!marks.length) return;
    const next = ((visited.get(row.entity) ?? -1) + 1) % marks.length;
    visited.set(row.entity, next);
    opts.cards.goTo(marks[next]!);
  }

  function preview(row: Row, anchor: Element): void {
    clearTimeout(previewTimer);
    // The same rest a name on the page asks for before its card shows.
    previewTimer = setTimeout(() => {
      const first = mentionsOf(row.entity)[0];
      if (first) opts.cards.preview(first, anchor);
    }, TIMING.hoverDwellMs);
  }

  function release(): void {
    clearTimeout(previewTimer);
    opts.cards.release();
  }

  function copy(markdown: boolean): Promise<boolean> {
    if (!list || !host) return Promise.resolve(false);
    const locale = uiLocale().lang;
    const labels = {
      title: t('whosWhoTitle'),
      groups: { people: t('whosWhoPeople'), places: t('whosWhoPlaces'), organisations: t('whosWhoOrganisations'), events: t('whosWhoEvents') },
      asOf: (month: string) => t('whosWhoAsOf', formatMonth(month, locale)),
    };
    return copyText(asText(list, labels, markdown), host.root);
  }

  async function open(): Promise<boolean> {
    if (host) return true;
    const mentions: MentionSeen[] = [];
    for (const mark of opts.marks()) {
      const row = opts.entity(mark.entity);
      if (row && !mark.range.collapsed) mentions.push(seen(mark, row));
    }
    // Nothing at all on pages without names.
    if (!mentions.length) return false;
    list = whosWho(mentions);
    returnFocus = document.activeElement;
    host = createShadowHost('gloss-whoswho', PANEL_CSS);
    host.root.append(document.createElement('div'));
    paint();
    (host.root.querySelector('.row') as HTMLElement | null)?.focus({ preventScroll: true });
    const rows = list.groups.flatMap((g) => g.rows);
    const records = await opts.records(rows.map((r) => r.id)).catch(() => []);
    rows.forEach((r, i) => { const rec = records[i]; if (rec) { r.description = rec.description; r.asOf = rec.asOf; } });
    paint();
    return true;
  }

  function close(): void {
    clearTimeout(previewTimer);
    if (!host) return;
    render(null, host.root.lastElementChild!);
    host.remove();
    host = null;
    list = null;
    opts.cards.close();
    if (returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  opts.signal.addEventListener('abort', close, { once: true });
  return {
    isOpen: () => host !== null,
    open,
    close,
    /** Opens or closes; false when there is nothing to show. */
    toggle: async (): Promise<boolean> => (host ? (close(), true) : open()),
  };
}
