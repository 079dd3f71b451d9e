/**
 * Newsletter sign-up boxes without a telling class name (issue #14): a pitch, an e-mail
 * field and the small print ("By subscribing to this newsletter, you agree …"), placed
 * inside the story's container. Judged from the box's own evidence: an e-mail field, the
 * words of a pitch in the box's text, and a box too short to be article text. A comment
 * form has an e-mail field too, but also a text area: it is left to the comment rules.
 */
import { lineOf } from './text';

/** Longest box: pitch, headline, field, small print. The newsletter-box class rule allows as much. */
export const MAX_BOX_CHARS = 700;

/** Words of a pitch, in the languages the reader's pages come in most (en, de, fr, es, pt). */
const PITCH = /newsletter|subscri|sign(ing)? up|inbox|mailing list|abonn|suscr|inscri|assin/i;

const EMAIL_FIELD = 'input[type="email" i], input[name*="email" i], input[placeholder*="email" i], input[placeholder*="e-mail" i]';

/** A paragraph this long is the story's, as the declutter rules judge it (LONG_PARAGRAPH_CHARS). */
const STORY_PARAGRAPH_CHARS = 200;

const found = new WeakMap<Document, Set<Element>>();

function holdsStoryText(el: Element): boolean {
  return [...el.querySelectorAll('p')].some((p) => lineOf(p).length >= STORY_PARAGRAPH_CHARS);
}

/** The widest block around each e-mail field that is still short and pitches a sign-up. */
export function signupBoxes(doc: Document): Set<Element> {
  const cached = found.get(doc);
  if (cached) return cached;
  const boxes = new Set<Element>();
  for (const field of doc.querySelectorAll(EMAIL_FIELD)) {
    let box: Element | null = null;
    for (let up = field.parentElement; up && up !== doc.body; up = up.parentElement) {
      if (lineOf(up).length > MAX_BOX_CHARS || holdsStoryText(up)) break;
      box = up;
    }
    if (box && !box.querySelector('textarea') && PITCH.test(lineOf(box))) boxes.add(box);
  }
  found.set(doc, boxes);
  return boxes;
}

export function isSignupBox(el: Element): boolean {
  return signupBoxes(el.ownerDocument).has(el);
}
