/**
 * Where a removed block goes back (issue #15, part 6): after the article text it followed.
 * The position is kept as the end of that text, not as a node path: the article the view
 * shows is parsed again from the sanitizer's output (view/Article.tsx), and a page
 * translator may have changed it since, so only text locates it reliably enough — and
 * when it cannot be found the block goes to the start rather than nowhere.
 */
import { normText } from './text';

/** Characters of the preceding text kept to find the place again. */
export const ANCHOR_CHARS = 80;
const PARAGRAPHS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'pre', 'dd', 'td']);
/** A preceding paragraph shorter than this is too common to place a block by ("Share"). */
const MIN_ANCHOR_CHARS = 20;
/** Elements looked at backwards from a removed page block before giving up. */
const MAX_STEPS = 5000;

const textOf = (el: Element) => normText(el.textContent ?? '');

/** The end of the text before `el` inside `root` (a block Gloss's rules remove from the article). */
export function anchorBefore(el: Element, root: Element, text: (e: Element) => string = textOf): string {
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    for (let s = n.previousElementSibling; s; s = s.previousElementSibling) {
      const t = normText(text(s));
      if (t) return t.slice(-ANCHOR_CHARS);
    }
  }
  return '';
}

/** The end of the last page paragraph before `el` that the article kept (`output`, normalised). */
export function anchorInPage(el: Element, output: string): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  walker.currentNode = el;
  for (let n = walker.previousNode() as Element | null, steps = 0; n && steps < MAX_STEPS; n = walker.previousNode() as Element | null, steps++) {
    if (!PARAGRAPHS.has(n.localName) || n.contains(el)) continue;
    const t = textOf(n);
    if (t.length >= MIN_ANCHOR_CHARS && output.includes(t)) return t.slice(-ANCHOR_CHARS);
  }
  return '';
}

/** The outermost element of `body` whose text ends with `after`; null for the start. */
export function anchorElement(body: Element, after: string): Element | null {
  if (!after) return null;
  for (const el of body.querySelectorAll('*')) if (textOf(el).endsWith(after)) return el;
  return null;
}

export const RESTORED_ATTR = 'data-gloss-restored';

/**
 * Puts `html` (sanitized) back into `body` after `after`, in a wrapper marked with the
 * entry's `index`: blocks restored after the same text keep the page's order.
 */
export function insertRestored(body: Element, html: string, after: string, index: number): HTMLElement {
  const doc = body.ownerDocument;
  const wrapper = doc.createElement('div');
  wrapper.setAttribute(RESTORED_ATTR, String(index));
  wrapper.innerHTML = html;
  const anchor = anchorElement(body, after);
  let parent: Node = anchor?.parentNode ?? body;
  let next: Node | null = anchor ? anchor.nextSibling : body.firstChild;
  const earlier = (n: Node | null) => n instanceof Element && n.hasAttribute(RESTORED_ATTR) && Number(n.getAttribute(RESTORED_ATTR)) < index;
  while (earlier(next)) next = next!.nextSibling;
  parent.insertBefore(wrapper, next);
  return wrapper;
}
