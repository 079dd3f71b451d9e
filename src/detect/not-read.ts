/**
 * Which elements detection leaves out: those inside (or being) a script, style, svg, form
 * list, embedded object or a hidden part, as the page walk skips them. The bounded read
 * asked `el.closest(NOT_READ)` of each element it read, about 1,300 times on a large page;
 * with a list of eleven selectors the browser tries every one on every ancestor, and those
 * calls were the largest single cost of the read in a content script (issue #17 item 6;
 * measured in a fresh isolated world of Chromium: 2-4 ms per 400 elements, against
 * 0.2-0.7 ms for `closest` with one selector).
 *
 * `notReadTest` answers the same question from one native query: the left-out roots in the
 * body and the elements under them, gathered once into sets (on 15 WCXB pages, 1,150
 * questions: 2.2 ms less per page, median, lower on 14). Pages whose left-out parts are too
 * large to gather cheaply are asked through `closest` as before. Either way the answer is
 * what `closest` gives, so the facts detection reads do not change.
 */
import { SKIP } from './page-walk';

export const NOT_READ = [...SKIP, '[hidden]'].join(', ');

/** How an element stands: read, itself left out (a root), or inside a left-out root. */
export const READ = 0;
export const LEFT_OUT = 1;
export const INSIDE = 2;
export type NotRead = typeof READ | typeof LEFT_OUT | typeof INSIDE;

/** Roots and elements under them gathered at most: beyond this `closest` is asked instead. */
export const MAX_GATHERED = 3000;

/** What `el.closest(NOT_READ)` says, as READ (null), LEFT_OUT (el) or INSIDE (an ancestor). */
export function closestNotRead(el: Element): NotRead {
  const found = el.closest(NOT_READ);
  return !found ? READ : found === el ? LEFT_OUT : INSIDE;
}

/**
 * A test for elements of `body` (or `body` itself) answering as `closestNotRead` does.
 * `count` is told how many nodes the gathering handed to script (the read's bound).
 */
export function notReadTest(body: Element, count: (n: number) => void = () => undefined, max = MAX_GATHERED): (el: Element) => NotRead {
  // The body itself, or the root element above it, can be hidden: then all of it is.
  const above = closestNotRead(body);
  const roots = body.querySelectorAll(NOT_READ);
  if (roots.length > max) return closestNotRead;
  const self = new Set<Element>();
  const inside = new Set<Element>();
  let gathered = 0;
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i]!;
    self.add(root);
    // Roots come in document order: one under another is gathered with it.
    if (inside.has(root) || !root.firstElementChild) continue;
    const under = root.getElementsByTagName('*');
    gathered += under.length;
    if (roots.length + gathered > max) return count(roots.length), closestNotRead;
    for (let j = 0; j < under.length; j++) inside.add(under[j]!);
  }
  count(roots.length + gathered);
  return (el) => {
    if (el === body) return above;
    if (self.has(el)) return LEFT_OUT;
    return above !== READ || inside.has(el) ? INSIDE : READ;
  };
}
