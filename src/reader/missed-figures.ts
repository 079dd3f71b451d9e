/**
 * Pictures with their captions that Readability leaves out (issue #14): the lead picture
 * in the article's head, and pictures set in boxes of their own between the story's
 * paragraphs, which Readability scores by their text and drops. "Captions stay with their
 * images": such a figure goes back where it stood when the page's own layout says it is
 * the article's — it sits in the head, or between paragraphs the article kept — and it is
 * one picture with a caption, not a gallery, a video or a link to another page. Pure over
 * the extraction's copy; the figure is copied from the page with its lazy picture resolved.
 */
import { placeInHead, type ArticleHead } from './article-head';
import { figureOf, holdsOnlyPicture, isCaption } from './captions';
import { classAndId } from './declutter';
import { resolveLazyMedia } from './lazy-media';
import { placeAfter } from './missed-prose';
import { keptParagraphAfter } from './prose-root';
import { anchorInPage } from './restore';
import { lineOf, normText } from './text';

/** A caption is a few words to a few sentences. */
const MIN_CAPTION_CHARS = 15;
const MAX_CAPTION_CHARS = 600;
const MIN_CAPTION_WORDS = 4;
/** More figures than this on a page is a gallery's worth: none is judged. */
const MAX_FIGURES = 40;
/** Elements looked at after a figure for a paragraph the article kept. */
const MAX_STEPS_AFTER = 400;
/** The part of a caption by which it is recognised in the article's text. */
const PROBE_CHARS = 40;

const PICTURE = 'img, picture, [data-src], [data-srcset], noscript';
const NOT_A_PICTURE = 'video, iframe, audio, object, embed';
/** Boxes whose pictures are not the story's own, by class or id. */
const ELSEWHERE = /gallery|slideshow|carousel|slider|video|player|related|promo|teaser|recommend|sponsor|advert|(^|[\s_-])ad([\s_-]|$)|sidebar|newsletter/;
const ELSEWHERE_TAGS = 'a[href], nav, aside, footer, form';

/** A caption's credit, by its box's name or its microdata: not what the picture shows. */
const CREDIT = /credit|copyright|attribution|source|photographer|byline/;
const CREDIT_PROPS = '[itemprop="copyrightHolder" i], [itemprop="creator" i], [itemprop="author" i]';

/** The caption's own words, without the credits set inside it. */
function captionWords(caption: Element): string {
  let text = lineOf(caption);
  for (const e of caption.querySelectorAll('*')) {
    if (e.matches(CREDIT_PROPS) || CREDIT.test(classAndId(e))) text = text.replace(lineOf(e), '');
  }
  return text.trim();
}

/** The caption's text, when `figure` is one picture with one that says what it shows. */
function captionOf(figure: Element): string | null {
  const caption = figure.querySelector('figcaption');
  if (!caption || !figure.querySelector(PICTURE) || figure.querySelector(NOT_A_PICTURE)) return null;
  // A picture and its <noscript> copy are one picture; three are a strip.
  if (figure.querySelectorAll('img').length > 2 || figure.querySelectorAll('figure').length) return null;
  const text = lineOf(caption);
  const own = captionWords(caption);
  // "Amr Dalsh / Reuters": a credit alone, whatever its box, is a name or two.
  if (own.length < MIN_CAPTION_CHARS || (own.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_CAPTION_WORDS) return null;
  return text.length <= MAX_CAPTION_CHARS ? text : null;
}

/** Boxes around a figure that may name it a gallery or a promotion: further up, a name
 *  is the page's layout ("ad-portal" around a whole news site's page). */
const NAME_LEVELS = 4;

function elsewhere(figure: Element): boolean {
  if (figure.closest(ELSEWHERE_TAGS)) return true;
  let e: Element | null = figure;
  for (let i = 0; e && e !== e.ownerDocument.body && i <= NAME_LEVELS; e = e.parentElement, i++) if (ELSEWHERE.test(classAndId(e))) return true;
  return false;
}

/** Whether `out` already shows the figure's picture. */
function shown(out: Element, figure: Element): boolean {
  const sources = new Set<string>();
  for (const img of out.querySelectorAll('img')) { const s = img.getAttribute('src'); if (s) sources.add(s); }
  // A lazy picture's placeholder is in src on the page, its address in data-src: the copy
  // Readability read had the address moved into src (lazy-media.ts).
  return [...figure.querySelectorAll('img, [data-src]')].some((i) => ['src', 'data-src'].some((a) => sources.has(i.getAttribute(a) ?? '')));
}

/**
 * A picture the head sets without a <figure>: a box holding only the picture, then its
 * caption in a box named so (captions.ts's own test). Built as one figure, from copies.
 */
function unmarkedFigures(head: ArticleHead | null): Element[] {
  const out: Element[] = [];
  for (const el of head?.after ?? []) {
    if (el.closest('figure') || !isCaption(el) || !holdsOnlyPicture(el.previousElementSibling) || elsewhere(el)) continue;
    out.push(figureOf(el.previousElementSibling, el, el.ownerDocument));
  }
  return out;
}

/**
 * Copies into `out` (Readability's output, whose normalised text is `kept`) the page's
 * figures it left out: those in the head after `placed` (what went back before them), the
 * others after the text they followed. Returns their captions' text.
 */
export function putBackFigures(out: Element, doc: Document, head: ArticleHead | null, kept: string, placed: Element[] = []): string {
  const figures: Element[] = [...doc.body?.querySelectorAll('figure') ?? []];
  if (figures.length > MAX_FIGURES) return '';
  const unmarked = unmarkedFigures(head);
  figures.push(...unmarked);
  const inHead = new Set([...head?.after ?? [], ...unmarked]);
  let output = kept;
  let added = '';
  for (const figure of figures) {
    const caption = captionOf(figure);
    if (!caption || output.includes(normText(caption).slice(0, PROBE_CHARS)) || elsewhere(figure) || shown(out, figure)) continue;
    const anchor = inHead.has(figure) ? null : anchorInPage(figure, output);
    if (!inHead.has(figure) && !(anchor && keptParagraphAfter(figure, kept, MAX_STEPS_AFTER))) continue;
    const copy = out.ownerDocument.importNode(figure, true);
    resolveLazyMedia(copy);
    if (head && inHead.has(figure)) {
      placeInHead(out, head.headline, copy, placed);
      placed.push(copy);
    } else {
      const at = placeAfter(out, anchor ?? '');
      if (!at) continue;
      at.after(copy);
    }
    output += ` ${normText(caption)}`;
    added += ` ${caption}`;
  }
  return added;
}
