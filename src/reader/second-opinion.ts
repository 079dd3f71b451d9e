/**
 * Readability keeps the block with the best score, and on some pages that block is not the
 * body: an advertiser disclosure above a buying guide, a site footer, the first section of
 * a long explainer. Gloss's detection has already found the element whose own paragraphs
 * hold the most text (detect/container.ts). When Readability's pick holds none of that
 * element's opening paragraph and far less text than it, Readability is asked again about
 * that element alone. Pure: it reads the page and builds a separate document.
 */
import { normText } from './text';

/** A paragraph at least this long (about fifteen words) says whose text it is. */
const PROBE_CHARS = 80;
/** Readability's pick is doubted only when it holds less than this share of the body's text. */
const DOUBT_SHARE = 0.2;
/** A body shorter than this is no evidence against Readability's pick. */
const MIN_BODY_CHARS = 1000;

/** The first paragraph of `body` long enough to recognise, as collapsed text. */
function openingParagraph(body: Element): string | null {
  for (const p of body.querySelectorAll('p')) {
    const text = normText(p.textContent ?? '');
    if (text.length >= PROBE_CHARS) return text.slice(0, PROBE_CHARS);
  }
  return null;
}

/** Should Readability's output (`kept`, collapsed text) be doubted, given the detected body? */
export function missesBody(kept: string, body: Element | undefined): boolean {
  if (!body || body === body.ownerDocument.body) return false;
  const probe = openingParagraph(body);
  if (!probe || kept.includes(probe)) return false;
  const bodyChars = normText(body.textContent ?? '').length;
  return bodyChars >= MIN_BODY_CHARS && kept.length < DOUBT_SHARE * bodyChars;
}

/** `el`'s counterpart in `clone`, a copy of `el`'s document, when it lies in the copy's
 *  body (found by child indexes from the root element down). */
export function counterpartIn(clone: Document, el: Element): Element | null {
  const path: number[] = [];
  for (let at: Element = el; at.parentElement; at = at.parentElement) {
    path.unshift(Array.prototype.indexOf.call(at.parentElement.children, at));
  }
  let at: Element | undefined = clone.documentElement;
  for (const i of path) at = at?.children[i];
  return at && clone.body?.contains(at) ? at : null;
}

/** `clone` (a copy of `el`'s document) with a body that holds only `el`'s counterpart. */
export function narrowedTo(clone: Document, el: Element): Document | null {
  const at = counterpartIn(clone, el);
  if (!at || at === clone.body) return null;
  clone.body.replaceChildren(at);
  return clone;
}
