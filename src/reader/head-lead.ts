/**
 * The lead lines under a page's headline (issue #14): a product's, a service's or a guide's
 * page opens with its headline and a sentence or two saying what it offers ("Run code on
 * demand without managing servers.") in a hero block of their own, and Readability, which
 * judges blocks by their paragraphs, leaves that block out with the rest of the head. The
 * standfirst rule (standfirst.ts) takes one line only when the page names it a summary;
 * here, when it found none, the head's sentences go back too: whole sentences of prose,
 * in blocks of their own, never a byline, a date, a caption, a link, a control or the
 * site's own notices. The head is the headline's (article-head.ts), or the page's one <h1>'s.
 * Pure over the extraction's copy; the lines are copied from the page.
 */
import { headAfter, overlap, placeInHead, wordsOf, type ArticleHead } from './article-head';
import { classAndId, linkDensity } from './declutter';
import { isLeafBlock, BYLINE_START, NOT_SUMMARY } from './standfirst';
import { lineOf, normText } from './text';
import { DISCLOSURE_WORDS } from './missed-prose';
import { isSignupBox } from './signup-box';
import { holdsOnlyPicture } from './captions';

/** A lead line is a sentence: shorter is a label ("Free shipping"), longer is a paragraph
 *  (missed-prose.ts judges those). */
const MIN_CHARS = 30;
const MAX_CHARS = 350;
const MIN_WORDS = 6;
/** A head holding more such lines than this is a feed of teasers, not a page's lead. */
const MAX_LINES = 3;
/** A sentence ends so; a label, a date or a name does not. */
const SENTENCE_END = /[.!?…]["'”’)]?$/;
/** Boxes whose lines are the page's furniture, not its lead, by class or id (up to three levels). */
const FURNITURE = /byline|author|(^|[\s_-])meta([\s_-]|$)|date|time|caption|credit|share|social|breadcrumb|(^|[\s_-])tags?([\s_-]|$)|categor|cookie|consent|newsletter|promo|banner|alert|notice|disclaim|disclos|rating|review|price|cart|modal|popup|(^|[\s_-])nav|menu/;
const NAME_LEVELS = 3;
/** Controls and hidden copies: their text is not read as the page's. */
const NOT_LEAD = `${NOT_SUMMARY}, form, label, select, [hidden], [aria-hidden="true"]`;
/** The site speaking, not the page: a sign-up's pitch or its "check your inbox", a cookie
 *  notice. (Affiliate disclosures are missed-prose.ts's DISCLOSURE_WORDS.) */
const SITE_WORDS = /\b(inbox|subscri\w*|sign(ing)? up|newsletters?|cookies?|thank you)\b/i;
/** A box the page hides until a script shows it (a form's success message). */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function furniture(el: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && i < NAME_LEVELS; e = e.parentElement, i++) {
    // A line set right after a picture is its caption, named so or not (captions.ts).
    if (FURNITURE.test(classAndId(e)) || holdsOnlyPicture(e.previousElementSibling)) return true;
  }
  // Hidden or sign-up boxes, at any level: the head's few candidates make the walk cheap.
  for (e = el; e && e !== e.ownerDocument.body; e = e.parentElement) {
    if (HIDDEN_STYLE.test(e.getAttribute('style') ?? '') || isSignupBox(e)) return true;
  }
  return false;
}

/** Whether `el` is a lead sentence of the head whose headline says `title`. */
function isLeadLine(el: Element, titleWords: ReadonlySet<string>): boolean {
  const text = lineOf(el);
  if (text.length < MIN_CHARS || text.length > MAX_CHARS || !SENTENCE_END.test(text) || !isLeafBlock(el)) return false;
  const words = wordsOf(text);
  if (words.size < MIN_WORDS || BYLINE_START.test(text) || DISCLOSURE_WORDS.test(text) || SITE_WORDS.test(text) || el.closest(NOT_LEAD) || linkDensity(el) > 0.3) return false;
  return overlap(words, titleWords) < 0.9 && !furniture(el);
}

/**
 * The page's head under its one <h1>, when the headline test (article-head.ts) found none:
 * a product's or a service's page names its offer in words of its own ("Azure Functions"
 * under "… | Microsoft Azure"), which that test does not take for the title. A page of
 * several <h1>s, or one whose <h1> is a link or sits in a menu (a logo), has no such head.
 */
export function soleHeadlineHead(doc: Document, kept: string): ArticleHead | null {
  const h1s = doc.body?.querySelectorAll('h1') ?? [];
  const headline = h1s.length === 1 ? h1s[0]! : null;
  if (!headline || !lineOf(headline) || headline.closest('a[href], nav, [role="navigation"], [role="banner"]') || headline.querySelector('a[href]')) return null;
  return { headline, after: headAfter(headline, kept) };
}

/**
 * Puts the head's lead sentences at the start of `out` (Readability's output, whose
 * normalised text is `kept`), in page order, when it lacks them. Returns their text.
 */
export function putBackLeadLines(out: Element, head: ArticleHead | null, kept: string, title: string): string {
  if (!head) return '';
  const titleWords = wordsOf(title);
  const lines = head.after.filter((el) => isLeadLine(el, titleWords) && !kept.includes(normText(lineOf(el))));
  if (!lines.length || lines.length > MAX_LINES) return '';
  const placed: Element[] = [];
  let added = '';
  for (const el of lines) {
    const p = out.ownerDocument.createElement('p');
    p.append(...[...el.childNodes].map((n) => out.ownerDocument.importNode(n, true)));
    placeInHead(out, head.headline, p, placed);
    placed.push(p);
    added += ` ${normText(lineOf(el))}`;
  }
  return added;
}
