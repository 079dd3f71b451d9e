/**
 * How large a page may be before marking names on it would itself slow the page down
 * (issue #8). Measured in Chromium on the 2-core test machine:
 * - the highlight stylesheet makes the browser recalculate the style of every element once
 *   when it is added and once when it is removed, about 11 µs per element (5,000 elements:
 *   70 ms; 100,000: 1-2 s), whatever the selector;
 * - a highlight inside one very long text node makes the browser repaint the whole node:
 *   a 1,000,000-character node costs about 90 ms per change even for a single name.
 * Past these limits Gloss leaves the page (or that text node) unmarked rather than freeze it.
 * (The stylesheet now comes with the content script, before the page is first styled, so
 * the first cost is no longer paid when marking starts; the element limit stays until it
 * is measured again without it.)
 */
export const MARK_BUDGET = {
  /** Elements in the document. Long live blogs reach 10-15k; only extreme pages pass 20k. */
  elements: 20_000,
  /** Characters in one text node: a paragraph is under 2,000; 30,000 repaints in ~30 ms. */
  textNodeChars: 30_000,
} as const;

/** True when the document has too many elements to mark names in it without a long task. */
export function tooLargeToMark(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > MARK_BUDGET.elements;
}
