/**
 * "Trending stories", "Most read", "Related" teaser lists built of cards rather than a
 * list of links (issue #14): a heading, then three or more teasers, each a link to another
 * story with a line of blurb. Readability often drops the heading and keeps the blurbs as
 * paragraphs, which then read as the end of the story. Judged before parsing, from the
 * block's own evidence: it opens with a list heading's words, and holds links to at least
 * MIN_TEASERS other pages; the declutter pass adds that no paragraph in it is long.
 */
import { lineOf } from './text';
import { MOST_READ_WORDS, RELATED_WORDS } from './list-headings';

/** Fewer links after such a heading is a sentence's worth, not a list. */
export const MIN_TEASERS = 3;
/** How far above the heading the block holding its teasers may start. */
const MAX_LEVELS_UP = 3;
/** Longest heading line. */
const MAX_HEADING_CHARS = 60;

/** The words of a teaser list's heading, optionally narrowed ("… in world travel"). */
export const LIST_HEADING = new RegExp(String.raw`^(${MOST_READ_WORDS}|${RELATED_WORDS})( (in|on|from|about) [\p{L}\p{N}' &.-]{2,30})?[.:]?$`, 'iu');

const found = new WeakMap<Document, Set<Element>>();

/** Distinct addresses of the links in `el` outside `heading` that lead to another page. */
function otherPages(el: Element, heading: Element): number {
  const hrefs = new Set<string>();
  for (const a of el.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!.trim();
    if (href && !href.startsWith('#') && !/^(javascript|mailto):/i.test(href) && !heading.contains(a)) hrefs.add(href);
  }
  return hrefs.size;
}

/** Whether `heading`'s text is the first text in `block`: the block opens with it. */
function opensWith(block: Element, heading: Element): boolean {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.trim()) return heading.contains(n);
  return false;
}

export function teaserLists(doc: Document): Set<Element> {
  const cached = found.get(doc);
  if (cached) return cached;
  const lists = new Set<Element>();
  if (doc.body) {
    const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.nodeValue?.replace(/\s+/g, ' ').trim() ?? '';
      if (!text || text.length > MAX_HEADING_CHARS || !LIST_HEADING.test(text)) continue;
      // The heading: the widest element whose text is this line alone.
      let heading = n.parentElement;
      while (heading?.parentElement && heading.parentElement !== doc.body && lineOf(heading.parentElement) === text) heading = heading.parentElement;
      let block = heading?.parentElement ?? null;
      for (let level = 0; block && block !== doc.body && level < MAX_LEVELS_UP; level++, block = block.parentElement) {
        if (!opensWith(block, heading!)) break;
        if (otherPages(block, heading!) >= MIN_TEASERS) { lists.add(block); break; }
      }
    }
  }
  found.set(doc, lists);
  return lists;
}

export function isTeaserList(el: Element): boolean {
  return teaserLists(el.ownerDocument).has(el);
}
