/**
 * Readability keeps the best-scoring block and its close siblings; on many pages the
 * opening paragraphs sit in a block of their own (a page builder's intro row, a hero
 * summary, a reference page's header section) and are lost although the rest of the
 * article is kept (issue #14). When Readability's pick already holds most of the page's
 * prose (prose-root.ts), the prose paragraphs it left out are put back where they stood
 * on the page: those under the prose root, and those just before it (its lead). Pure
 * over the extraction's own copy.
 */
import { normText } from './text';
import { anchorInPage } from './restore';
import { keptParagraph, keptParagraphAfter, probeOf, proseKept, type ProseRoot } from './prose-root';
import { classAndId } from './declutter';
import { isSignupBox } from './signup-box';
import { figureOf, holdsOnlyPicture, isCaption } from './captions';
import { resolveLazyMedia } from './lazy-media';
import { isTeaserList } from './teaser-list';

/** Only a pick that already holds this share of the root's prose is completed: below it,
 *  the pick is another block altogether (prose-root.ts reads the page again instead). */
const MIN_COVERED_SHARE = 0.5;
/** More missed paragraphs than this is not a lost opening but a different reading. */
const MAX_PUT_BACK = 12;
/** A lead paragraph shares an ancestor with the root at most this many levels above it:
 *  the article's own header, not a notice at the top of the site. */
const LEAD_LEVELS = 3;

const FOLLOWING = 4; /* Node.DOCUMENT_POSITION_FOLLOWING */

/** The blocks whose text `anchorInPage` places by, and what holds them whole. */
const PLACES = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, dd, td';
const WHOLE = 'ul, ol, dl, table, figure';

/** The block of `out` ending with `after`, or what holds it (a list, a table) unless a
 *  part of the block is placed (`inside`); null for the start. Only blocks are read:
 *  reading every wrapper's text made long pages slow. */
export function placeAfter(out: Element, after: string, inside = false): Element | null {
  if (!after) return null;
  for (const el of out.querySelectorAll(PLACES)) {
    if (!normText(el.textContent ?? '').endsWith(after)) continue;
    if (inside) return el;
    const whole = el.closest(WHOLE);
    return whole && out.contains(whole) ? whole : el;
  }
  return null;
}

/** Boxes whose paragraphs Readability was right to leave out, by class or id: a
 *  disclosure, a promotion, an author's biography, customer reviews. */
const NEVER_BACK = /disclaim|disclos|alert|promo|(^|[\s_-])cta([\s_-]|$)|banner|author|(^|[\s_-])bio|review|testimonial/;

/** An affiliate disclosure in words, whatever its box is called ("We may earn commission
 *  from links on this page", "We independently test everything we recommend"). */
export const DISCLOSURE_WORDS = /\b(commissions?|affiliate|we (may )?earn|independently (test|select|review|choose|chosen|evaluate)\w*|sponsored)\b/i;

/** Whether `p`, or a box around it below `stop`, is one Readability was right to leave out:
 *  named so, or built as a sign-up box or a teaser list (the declutter rules' own tests).  */
function setAside(p: Element, stop: Element): boolean {
  for (let e: Element | null = p; e && e !== stop; e = e.parentElement) {
    if (NEVER_BACK.test(classAndId(e)) || isSignupBox(e) || isTeaserList(e)) return true;
  }
  return false;
}

/** The ancestor `p` shares with `root` when `p` comes before `root` and is its close
 *  relative (the article's lead); else null. */
function leadOf(p: Element, root: Element): Element | null {
  if (!(p.compareDocumentPosition(root) & FOLLOWING)) return null;
  let up: Element | null = root.parentElement;
  for (let level = 1; up && level <= LEAD_LEVELS; up = up.parentElement, level++) {
    if (up.contains(p)) return up === up.ownerDocument.body ? null : up;
  }
  return null;
}

/** Elements looked at after a box for a paragraph the article kept. */
const MAX_STEPS_AFTER = 3000;
const HEADLINE = 'h1, h2, h3, h4';
/** A story's headline is a sentence; a section's heading is a few words ("Data lake
 *  consulting", "Notes"), and a page builder's last sections are the article's own. */
const MIN_HEADLINE_WORDS = 6;

/** Whether `box` holds a paragraph the article kept: then it is the article's own box. */
function holdsKept(box: Element, kept: string): boolean {
  return [...box.querySelectorAll('p')].some((p) => keptParagraph(p, kept));
}

/**
 * Whether `p` belongs to another story set after the article's end (issue #14): a box under
 * the root that opens with a headline the article does not hold, with nothing of the
 * article in it or after it ("Praha postaví …" and its summary, in a news feed under the story).
 * A section the pick missed in the middle of the article is followed by kept text.
 */
function nextStory(p: Element, root: Element, kept: string): boolean {
  for (let box = p.parentElement; box && box !== root; box = box.parentElement) {
    const headline = box.querySelector(HEADLINE);
    if (!headline || !(headline.compareDocumentPosition(p) & FOLLOWING)) continue;
    const text = normText(headline.textContent ?? '');
    return text.split(' ').length >= MIN_HEADLINE_WORDS && !kept.includes(text) && !holdsKept(box, kept) && !keptParagraphAfter(box, kept, MAX_STEPS_AFTER);
  }
  return false;
}

/** A caption set after its picture's box (captions.ts's test) goes back with the picture,
 *  as one figure: it is the picture's text, not a paragraph of the story. */
function pictureWithCaption(p: Element, doc: Document): Element | null {
  const picture = p.previousElementSibling;
  if (!isCaption(p) || !holdsOnlyPicture(picture)) return null;
  const figure = figureOf(picture, p, doc);
  resolveLazyMedia(figure);
  return figure;
}

/** Where `p` would be put back from: under the root or just before it. */
function belongs(p: Element, root: Element): boolean {
  const stop = root.contains(p) ? root : leadOf(p, root);
  return !!stop && !setAside(p, stop);
}

/**
 * Copies into `out` (Readability's output) the prose paragraphs of `found` that `kept`
 * (its normalised text) lacks, each after the page text it followed. Returns their text.
 */
export function putBackMissedProse(out: Element, kept: string, found: ProseRoot | null): string {
  if (!found) return '';
  const isKept = (probe: string) => kept.includes(probe);
  const { all: inRoot, covered } = proseKept(found.prose, isKept);
  if (covered < MIN_COVERED_SHARE * inRoot) return '';
  // A paragraph inside a link is a card for another page (a featured-article callout); the
  // cap counts only what would go back, not the cards of a "related topics" row.
  const missed = found.all.filter((p) => !isKept(probeOf(p.text)) && !p.el.closest('a[href]') && !DISCLOSURE_WORDS.test(p.text)
    && belongs(p.el, found.root) && !nextStory(p.el, found.root, kept));
  if (!missed.length || missed.length > MAX_PUT_BACK) return '';
  let output = kept;
  let added = '';
  for (const p of missed) {
    // The same terms under three pricing cards are read once.
    if (output.includes(probeOf(p.text))) continue;
    const at = placeAfter(out, anchorInPage(p.el, output));
    const copy = pictureWithCaption(p.el, out.ownerDocument) ?? out.ownerDocument.importNode(p.el, true);
    if (at) at.after(copy); else out.prepend(copy);
    output += ` ${normText(p.text)}`;
    added += ` ${p.text}`;
  }
  return added;
}
