/**
 * The parts of a list item that Readability's cleaning takes out of an item it keeps
 * (issue #14): a roundup's entry keeps its title and its review, and loses the short facts
 * box between them ("Author: … Released: … Genre: …"), whose links weigh it down as
 * Readability counts. An item whose prose the article kept is the article's own, and so are
 * its other short parts: they go back after the part they followed. Pure over the
 * extraction's copy; the parts are copied from the page.
 */
import { classAndId, linkDensity } from './declutter';
import { placeAfter } from './missed-prose';
import { PROSE_CHARS, probeOf } from './prose-root';
import { lineOf, normText } from './text';

/** A part is a line or a few: a longer one is prose, which missed-prose.ts judges. */
const MIN_PART_CHARS = 15;
const MAX_PART_CHARS = 400;
/** A part mostly of links is a row of links (share, tags, "buy here"), not the item's facts. */
const MAX_LINK_SHARE = 0.5;
/** Past this many items (menus included) a page is a catalogue: the work is not worth it. */
const MAX_ITEMS = 2000;
/** Parts that are widgets, by their boxes' names. */
const WIDGET = /share|social|like|vote|rating|buy|shop|affiliate|advert|(^|[\s_-])ad([\s_-]|$)|promo|sponsor|newsletter|comment|related/;
const CONTROLS = 'input, button, select, textarea, form, iframe, script';

const keptText = (el: Element, kept: string) => {
  const t = normText(lineOf(el));
  return !!t && kept.includes(probeOf(t));
};

/** Whether `li` is the article's: one of its parts is prose the article kept. */
function articleItem(li: Element, kept: string): boolean {
  return [...li.children].some((c) => lineOf(c).length >= PROSE_CHARS && keptText(c, kept));
}

function isPart(el: Element): boolean {
  const text = lineOf(el);
  if (text.length < MIN_PART_CHARS || text.length > MAX_PART_CHARS) return false;
  if (el.querySelector(CONTROLS) || linkDensity(el) > MAX_LINK_SHARE) return false;
  return ![el, ...el.querySelectorAll('[class], [id]')].some((e) => WIDGET.test(classAndId(e)));
}

/**
 * Copies into `out` (Readability's output, whose normalised text is `kept`) the short parts
 * of the page's list items it kept and left them without. Returns their text.
 */
export function putBackItemParts(out: Element, doc: Document, kept: string): string {
  const items = [...doc.body?.querySelectorAll('li') ?? []];
  if (items.length > MAX_ITEMS) return '';
  let added = '';
  for (const li of items) {
    if (li.children.length < 2 || !articleItem(li, kept)) continue;
    let after = '';
    for (const part of li.children) {
      if (keptText(part, kept)) { after = normText(lineOf(part)).slice(-80); continue; }
      if (!after || !isPart(part)) continue;
      const at = placeAfter(out, after, true);
      if (!at) continue;
      const copy = out.ownerDocument.importNode(part, true);
      at.after(copy);
      after = normText(lineOf(part)).slice(-80);
      added += ` ${lineOf(part)}`;
    }
  }
  return added;
}
