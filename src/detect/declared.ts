/**
 * Pages that declare themselves articles twice over, in the head: Open Graph's og:type
 * "article" and a schema.org article type (issue #17). On WCXB-dev's 1,355 pages the page
 * walk called every such page an article, so for them the walk is spent only on finding
 * where the body is, and the paragraphs alone say that: they are read through one native
 * query instead of a JavaScript step on every node of the page.
 */
import { findContainer } from './container';
import { HEAD_ONLY, readHead, readMetadata, type HeadFacts, type PageMetadata } from './metadata';
import { BODY_PARAGRAPH, largest, textLength } from './page-walk';
import { ARTICLE_TYPES, weigh } from './score';
import type { BodyAnchors, Layout, Signals } from './signals';
import { urlShape } from './url-shape';
import { emptyFamilies } from './class-names';
import { verdictOf, type Verdict } from './verdict';

/** Read in one task, so bounded well below a long task (about 10 µs a paragraph, cold): a
 *  larger page is read by the walk in its idle slices. */
const MAX_ELEMENTS = 15_000;
const MAX_PARAGRAPHS = 800;
/** Paragraph text the best parent must hold for the paragraphs to be trusted alone: below
 *  it the story may sit in a div's own text between <br>s, which only the walk reads. */
const MIN_BODY_CHARS = 1_000;
/** What the walk leaves out (its SKIP tags and hidden parts). */
const NOT_READ = 'script, style, noscript, template, svg, iframe, object, select, textarea, math, [hidden]';

/** Layout evidence left neutral: the verdict rests on what the page declares and its address. */
const NEUTRAL: Layout = {
  chars: Infinity, linkChars: 0, longParagraphs: 0, bestParentChars: 600, paragraphChars: 0, headings: 0,
  linkedHeadings: 0, controls: 0, basketControls: 0, postControls: 0, articles: 0, codeBlocks: 0, times: 0,
  families: emptyFamilies(),
};

/** The head's metadata when it declares an article both ways, else null. */
export function declaredArticle(doc: Document, head: HeadFacts = readHead(doc)): PageMetadata | null {
  const meta = readMetadata(doc, HEAD_ONLY, head);
  return meta.ogType === 'article' && meta.schemaTypes.some((t) => ARTICLE_TYPES.test(t)) ? meta : null;
}

/**
 * Where the body is, from the paragraphs alone: the element whose paragraphs (60+
 * characters, not mostly links) hold the most text, the parent of the most paragraph text
 * however short, the declared articleBody; sizes as the container search needs them.
 * Null when the page is too large to read in one go, or its paragraphs hold too little.
 */
export function paragraphAnchors(body: Element): BodyAnchors | null {
  if (body.getElementsByTagName('*').length > MAX_ELEMENTS) return null;
  const paragraphs = body.querySelectorAll('p, pre, blockquote, dd');
  if (paragraphs.length > MAX_PARAGRAPHS) return null;
  const credit = new Map<Element, number>();
  const anyParagraph = new Map<Element, number>();
  const add = (to: Map<Element, number>, el: Element, n: number) => to.set(el, (to.get(el) ?? 0) + n);
  for (const p of paragraphs) {
    const parent = p.parentElement;
    if (!parent || p.closest(NOT_READ) || parent.closest('a[href]')) continue;
    const chars = textLength(p.textContent ?? '');
    if (p.localName === 'p') add(anyParagraph, parent, chars);
    if (chars < BODY_PARAGRAPH) continue;
    let linkChars = 0;
    for (const a of p.querySelectorAll('a[href]')) linkChars += textLength(a.textContent ?? '');
    if (linkChars < chars / 2) add(credit, parent, chars);
  }
  const [bestParent, bestChars] = largest(credit);
  if (!bestParent || bestChars < MIN_BODY_CHARS) return null;
  const articleBody = [...body.querySelectorAll('[itemprop]')].find((el) => /\barticleBody\b/i.test(el.getAttribute('itemprop') ?? '')) ?? null;
  const elementChars = new Map<Element, number>();
  for (const el of [bestParent, articleBody, bestParent?.parentElement?.closest('article')]) {
    if (el && !elementChars.has(el)) elementChars.set(el, textLength(el.textContent ?? ''));
  }
  return { bestParent, articleBody, shortParagraphParent: largest(anyParagraph)[0], elementChars };
}

/** The verdict for a page that declares itself an article, or null to read it as any other. */
export function declaredVerdict(doc: Document, url: URL, head?: HeadFacts): Verdict | null {
  const body = doc.body;
  const meta = body ? declaredArticle(doc, head) : null;
  if (!body || !meta) return null;
  const anchors = paragraphAnchors(body);
  if (!anchors) return null;
  const signals: Signals = { url: urlShape(url), meta, readerable: false, layout: NEUTRAL };
  const verdict = verdictOf(weigh(signals));
  return verdict.article ? { ...verdict, container: findContainer(doc, anchors) } : null;
}
