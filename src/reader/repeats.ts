/**
 * Text the reader has already read (issue #14). Some pages hold their article twice — a
 * desktop and a mobile copy, a tab and its print version, a page builder's hidden
 * duplicate — and when both copies share a parent Readability keeps both: the reader
 * meets every paragraph twice, and the footer under each copy. A block whose text is,
 * word for word, that of an earlier block elsewhere in the article goes with its copy.
 * Long enough not to be a deliberate echo (a pull quote repeats a sentence, not a whole
 * paragraph); table cells are never compared, tables repeat by nature. Pure over the
 * extraction's own copy.
 */
import type { RemovedItem } from './extract-types';
import { sampleOf } from './sample';
import { removeWithEmptyParents, MEDIA } from './declutter';
import { collapsedTextLengths, lineOf as oneLine } from './text';

/** Shorter blocks repeat for good reasons ("Related post", "Photo: Reuters"). */
export const MIN_REPEAT_CHARS = 100;
/** A copy of an article: at least this many blocks, this much text, repeated. */
const MIN_REPEATS = 3;
const MIN_REPEATED_CHARS = 400;
const NEVER = 'td, th, tr, thead, tbody, tfoot, caption, pre, code';
/** The same words as the view's LabelRepeated (strings.ts), which localises it. */
export const REPEAT_LABEL = 'repeated copy of the text';

export function dropRepeats(root: Element): RemovedItem[] {
  // Only blocks of equal length can repeat each other: lengths come from one walk, and a
  // text is read only where two blocks share a length (reading every block's text would
  // cost size times depth on a long article).
  const lengths = collapsedTextLengths(root);
  const byLength = new Map<number, number>();
  for (const n of lengths.values()) if (n >= MIN_REPEAT_CHARS) byLength.set(n, (byLength.get(n) ?? 0) + 1);
  const first = new Map<string, Element>();
  const repeats: { el: Element; of: Element }[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  // The walk is in document order, so a block inside an earlier repeat is inside the last
  // one found (any repeat between them would be inside it too, and so not counted): one
  // test, not one per repeat (a live blog's 3,900 entries took seconds).
  let last: Element | null = null;
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if ((byLength.get(lengths.get(el) ?? 0) ?? 0) < 2 || el.closest(NEVER)) continue;
    const text = oneLine(el);
    const earlier = first.get(text);
    // A wrapper and its only child share a text; only a block outside the earlier one repeats it.
    if (!earlier) first.set(text, el);
    else if (!earlier.contains(el) && !last?.contains(el)) repeats.push({ el: (last = el), of: earlier });
  }
  // One sentence of boilerplate repeated under each item of a list ("Included services: …")
  // is the page's text; a copy of the article repeats paragraph after paragraph.
  if (repeats.length < MIN_REPEATS || repeats.reduce((n, r) => n + (lengths.get(r.el) ?? 0), 0) < MIN_REPEATED_CHARS) return [];
  // The copy a repeat belongs to: its widest ancestor that does not hold the original too.
  const copies = new Set<Element>();
  for (const { el, of } of repeats) {
    let copy = el;
    while (copy.parentElement && copy.parentElement !== root && !copy.parentElement.contains(of)) copy = copy.parentElement;
    if (copy !== el) copies.add(copy);
  }
  const removed = repeats.map(({ el }) => {
    const sample = sampleOf(oneLine(el));
    removeWithEmptyParents(el, root);
    return { label: REPEAT_LABEL, sample, by: 'rule:repeats' as const };
  });
  // What is left of a copy once its paragraphs have gone is its headings and short lines:
  // the copy's, not new text, so it goes too.
  for (const copy of copies) {
    if (!root.contains(copy) || copy.querySelector(MEDIA)) continue;
    const left = [...copy.querySelectorAll('p, li, blockquote, dd')].some((b) => oneLine(b).length >= MIN_REPEAT_CHARS);
    if (!left && !hasOwnText(copy)) removeWithEmptyParents(copy, root);
  }
  return removed;
}

/** Text of `el` outside its headings, paragraphs and list items (loose text is new text). */
function hasOwnText(el: Element): boolean {
  for (const n of el.childNodes) if (n.nodeType === 3 && n.nodeValue?.trim()) return true;
  return [...el.children].some((c) => !c.matches('h1, h2, h3, h4, h5, h6, p, li, ul, ol, blockquote, dd, dl, header, hr, br') && hasOwnText(c));
}
