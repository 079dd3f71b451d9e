/**
 * Detection's read of a large page in bounded work (issue #17, item 6). The page walk
 * (page-walk.ts) visits every node from the content script's own JavaScript world, and on
 * a page that is not an article that walk was most of what Gloss cost: the cost is touching
 * each node from that world, not what is done with it (a leaner walk and native selector
 * queries over every element were measured no faster, docs/bench-history.md). So a page with
 * more elements than the walk is worth reads the same facts from a bounded number of nodes:
 *
 * - what the browser counts natively, without handing script a node: elements of each kind
 *   (articles, code blocks, times);
 * - the paragraphs, headings, <br> lines, buttons and links (for basket and reply buttons),
 *   each read whole up to a cap, then sampled;
 * - the part of the page around the largest body of paragraph text read whole (where an
 *   article's byline and share row sit);
 * - a fixed-size spread sample of the other elements for what is spread over the whole page:
 *   class-name families, text and link text, controls, scaled up to the page's size.
 *
 * The facts come out in the walk's own shape (BodyFacts), so scoring does not know which
 * read made them. Pure over a Document, like the walk.
 */
import { emptyFamilies, type Family, type FamilyCounts } from './class-names';
import { INSIDE, LEFT_OUT, notReadTest, READ, type NotRead } from './not-read';
import {
  BODY_PARAGRAPH, LONG_PARAGRAPH, MAX_ELEMENTS, TEXT_HOLDERS,
  actionKind, countNameFamilies, createBodyWalker, emptyFacts, largest, readMarked, textLength, type BodyFacts,
} from './page-walk';

export interface ReadLimits {
  /** Pages with at most this many elements are walked whole: below it the walk costs about
   *  what the bounded read does (each read node costs a few more native calls here). */
  walkWhole: number;
  /** Elements of the spread sample (class names, text, links, controls). */
  sample: number;
  /** Paragraphs (p, pre, blockquote, dd), headings (h1-h4), <br>s, buttons and links read
   *  whole up to these, and sampled past them. */
  paragraphs: number;
  headings: number;
  lineBreaks: number;
  buttons: number;
  links: number;
  /** The part around the largest body of text is read whole only up to this many elements. */
  region: number;
  /** Elements with microdata or a rel, and scripts (JSON-LD) read at most. */
  marked: number;
  scripts: number;
}

/** Measured side by side on WCXB pages (docs/bench-history.md, session 13). */
export const READ_LIMITS: ReadLimits = {
  walkWhole: 1200, sample: 400, paragraphs: 300, headings: 150, lineBreaks: 200, buttons: 200, links: 300, region: 300, marked: 500, scripts: 300,
};

const IN_LINK = 'a[href]';

/** A fixed seed: the same page gives the same sample, so the same verdict, every time. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` indices spread over [0, total): one at a random place in each of `count` equal
 *  strata (a plain every-k-th pick would hit or miss the same spot of every repeated post or
 *  product card); all of them when there are no more than `count`. */
export function spreadIndices(total: number, count: number, next: () => number): number[] {
  if (total <= count) return Array.from({ length: total }, (_, i) => i);
  const out: number[] = [];
  for (let s = 0; s < count; s++) {
    const lo = Math.floor((s * total) / count);
    const hi = Math.floor(((s + 1) * total) / count);
    out.push(lo + Math.floor(next() * (hi - lo)));
  }
  return out;
}

/** One pass over a list of nodes, an item at a time, so the read can stop between any two. */
interface Pass { items: () => ArrayLike<Element>; cap: number; take: (el: Element, weight: number) => void; }

export function createBoundedReader(body: Element, limits: ReadLimits = READ_LIMITS) {
  const f = emptyFacts();
  const all = body.getElementsByTagName('*');
  const total = all.length;
  const next = seeded(0x9e3779b9);
  /** Nodes handed to script: what this read bounds (the tests count it). */
  let visited = 0;
  /** What the walk leaves out (not-read.ts), gathered at the first question, inside a slice. */
  let notReadOf: ((el: Element) => NotRead) | null = null;
  const notRead = (el: Element) => (notReadOf ??= notReadTest(body, (n) => { visited += n; }))(el);

  const parentChars = new Map<Element, number>();
  const anyParagraphChars = new Map<Element, number>();
  const add = (to: Map<Element, number>, el: Element, n: number) => to.set(el, (to.get(el) ?? 0) + n);
  /** Paragraph text credited so far (weighted where paragraphs were sampled). */
  let credited = 0;
  /** Elements whose own text (between <br>s) was read whole. */
  const holders = new Set<Element>();

  /** Tallies of read elements: `exact` for the region read whole, `sampled` for the spread sample. */
  interface Tally { chars: number; linkChars: number; controls: number; holderChars: number; families: FamilyCounts }
  const tally = (): Tally => ({ chars: 0, linkChars: 0, controls: 0, holderChars: 0, families: emptyFamilies() });
  const exact = tally();
  const sampled = tally();
  /** Basket and reply buttons: buttons read whole (up to a cap), links sampled past theirs. */
  const actions = { basket: 0, post: 0, linkBasket: 0, linkPost: 0, linkWeight: 1 };
  const label = (el: Element, tag: string) => {
    const text = tag === 'input' ? (el as HTMLInputElement).value : el.textContent ?? '';
    // The walk reads labels of up to 40 characters; a longer text is no button's.
    if (text.length > 400) return null;
    const l = text.replace(/\s+/g, ' ').trim();
    return l.length > 40 ? null : actionKind(l);
  };
  let region: Element | null = null;
  let strata = 0;

  const ownText = (el: Element, max = Infinity) => {
    let own = 0;
    let n = 0;
    for (let c = el.firstChild; c && n++ < max; c = c.nextSibling) {
      visited++;
      if (c.nodeType === 3) own += textLength(c.nodeValue ?? '');
    }
    return own;
  };

  /** What the walk reads of one element itself (not of its children): names, controls, own text. */
  const readElement = (el: Element, t: Tally) => {
    visited++;
    const skipped = notRead(el);
    if (skipped === INSIDE) return;
    countNameFamilies(el, t.families);
    const tag = el.localName;
    if (tag === 'input') {
      if ((el.getAttribute('type') ?? '').toLowerCase() !== 'hidden') t.controls++;
      return;
    }
    if (tag === 'select' || tag === 'textarea' || tag === 'button') t.controls++;
    if (skipped === LEFT_OUT) return;
    const own = ownText(el);
    if (!own) return;
    t.chars += own;
    if (el.closest(IN_LINK)) t.linkChars += own;
    else if (own >= BODY_PARAGRAPH && TEXT_HOLDERS.has(tag) && !holders.has(el)) {
      t.holderChars += own;
      add(parentChars, el, own);
    }
  };

  const passes: Pass[] = [
    // Microdata and rel links, as the walk reads them from its marked set.
    { items: () => body.querySelectorAll('[itemtype], [itemprop], a[rel], link[rel]'), cap: limits.marked, take(el) {
      visited++;
      readMarked(el, f);
    } },
    { items: () => body.getElementsByTagName('script'), cap: limits.scripts, take(el) {
      visited++;
      if (/ld\+json/i.test(el.getAttribute('type') ?? '')) f.jsonLd.push(el.textContent ?? '');
    } },
    // Paragraph blocks: the walk's layout facts (long paragraphs, the parent of most text).
    { items: () => body.querySelectorAll('p, pre, blockquote, dd'), cap: limits.paragraphs, take(p, w) {
      visited++;
      const parent = p.parentElement;
      if (!parent || notRead(p) !== READ) return;
      const chars = textLength(p.textContent ?? '');
      if (p.localName === 'p') add(anyParagraphChars, parent, chars * w);
      if (chars < BODY_PARAGRAPH || parent.closest(IN_LINK)) return;
      let linkChars = 0;
      const links = p.getElementsByTagName('a');
      for (let i = 0; i < links.length; i++) {
        visited++;
        const a = links[i]!;
        if (a.hasAttribute('href')) linkChars += textLength(a.textContent ?? '');
      }
      if (linkChars >= chars / 2) return;
      add(parentChars, parent, chars * w);
      credited += chars * w;
      if (chars >= LONG_PARAGRAPH) f.longParagraphs += w;
    } },
    { items: () => body.querySelectorAll('h1, h2, h3, h4'), cap: limits.headings, take(h, w) {
      visited++;
      if (notRead(h) !== READ) return;
      f.headings += w;
      if (h.closest(IN_LINK) || h.querySelector(IN_LINK)) f.linkedHeadings += w;
    } },
    { items: () => body.querySelectorAll('button, input[type=submit i], input[type=button i]'), cap: limits.buttons, take(el, w) {
      visited++;
      const kind = label(el, el.localName);
      if (kind === 'basket') actions.basket += w;
      else if (kind === 'post') actions.post += w;
    } },
    { items: () => body.getElementsByTagName('a'), cap: limits.links, take(a, w) {
      visited++;
      actions.linkWeight = w;
      const kind = label(a, 'a');
      if (kind === 'basket') actions.linkBasket++;
      else if (kind === 'post') actions.linkPost++;
    } },
    // Old layouts write paragraphs straight into a div or cell between <br>s.
    { items: () => body.getElementsByTagName('br'), cap: limits.lineBreaks, take(br) {
      visited++;
      const parent = br.parentElement;
      if (!parent || holders.has(parent)) return;
      holders.add(parent);
      if (!TEXT_HOLDERS.has(parent.localName) || notRead(parent) !== READ || parent.closest(IN_LINK)) return;
      const own = ownText(parent);
      if (own < BODY_PARAGRAPH) return;
      add(parentChars, parent, own);
      credited += own;
    } },
    // The part around the largest body of text, read whole: an article's byline, share row
    // and title sit there, and on a page that is not an article it is one part among many.
    { items: () => {
      const [best, chars] = largest(parentChars);
      region = best && chars >= BODY_PARAGRAPH ? regionAround(best, limits.region) : null;
      return region ? [region, ...region.getElementsByTagName('*')] : [];
    }, cap: Infinity, take: (el) => readElement(el, exact) },
    // The rest, sampled: what sits outside the region, once per element picked.
    { items: () => {
      const picks = spreadIndices(total, limits.sample, next);
      strata = picks.length;
      return picks.map((i) => all[i]!);
    }, cap: Infinity, take(el) {
      if (region?.contains(el)) return;
      readElement(el, sampled);
    } },
  ];

  let pass = 0;
  let list: ArrayLike<Element> | null = null;
  let order: number[] = [];
  let at = 0;
  let weight = 1;

  const finish = (): BodyFacts => {
    const k = strata ? total / strata : 1;
    /** A count seen once in the sample stays one: scaled, a single avatar in a page's footer
     *  would read as a page of user names. */
    const scale = (n: number) => (n > 1 ? Math.round(n * k) : n);
    // The body's own text: its first children only (a page can put thousands straight in it).
    f.chars = exact.chars + sampled.chars * k + ownText(body, limits.sample);
    f.linkChars = exact.linkChars + sampled.linkChars * k;
    f.controls = exact.controls + scale(sampled.controls);
    for (const family of Object.keys(f.families) as Family[]) f.families[family] = exact.families[family] + scale(sampled.families[family]);
    f.articles = body.getElementsByTagName('article').length;
    f.codeBlocks = body.getElementsByTagName('pre').length;
    f.times = body.getElementsByTagName('time').length;
    const scaleLinks = (n: number) => (n > 1 ? Math.round(n * actions.linkWeight) : n);
    f.basketControls = Math.round(actions.basket) + scaleLinks(actions.linkBasket);
    f.postControls = Math.round(actions.post) + scaleLinks(actions.linkPost);
    f.paragraphChars = credited + exact.holderChars + sampled.holderChars * k;
    [f.bestParent, f.bestParentChars] = largest(parentChars);
    [f.shortParagraphParent] = largest(anyParagraphChars);
    f.truncated = total > MAX_ELEMENTS;
    // The container search weighs these; measured once here, as the walk did as it went.
    const best = f.bestParent ?? f.shortParagraphParent;
    for (const el of [best, f.articleBody, best?.parentElement?.closest('article')]) {
      if (el && !f.elementChars.has(el)) f.elementChars.set(el, textLength(el.textContent ?? ''));
    }
    f.longParagraphs = Math.round(f.longParagraphs);
    f.headings = Math.round(f.headings);
    f.linkedHeadings = Math.round(f.linkedHeadings);
    return f;
  };

  let facts: BodyFacts | null = null;
  return {
    /** Reads until done (true) or until `timeUp()` says the slice is over (false). */
    step(timeUp: () => boolean): boolean {
      let n = 0;
      while (pass < passes.length) {
        const p = passes[pass]!;
        if (!list) {
          list = p.items();
          order = spreadIndices(list.length, p.cap, next);
          weight = order.length ? list.length / order.length : 1;
          at = 0;
        }
        while (at < order.length) {
          p.take(list[order[at++]!]!, weight);
          if ((++n & 63) === 0 && timeUp()) return false;
        }
        list = null;
        pass++;
      }
      facts ??= finish();
      return true;
    },
    result: (): BodyFacts => facts ?? finish(),
    /** Nodes handed to script so far. */
    visited: () => visited,
  };
}

/** The enclosing <article> of the largest body of text, or its parent, or itself: the first
 *  of those within `max` elements. */
function regionAround(best: Element, max: number): Element | null {
  for (const el of [best.closest('article'), best.parentElement, best]) {
    if (el && el.localName !== 'body' && el.getElementsByTagName('*').length <= max) return el;
  }
  return null;
}

/** The read detection uses: the whole walk on a page small enough, the bounded read beyond. */
export function createBodyReader(body: Element, limits: ReadLimits = READ_LIMITS): {
  step(timeUp: () => boolean): boolean; result(): BodyFacts; visited(): number;
} {
  if (body.getElementsByTagName('*').length > limits.walkWhole) return createBoundedReader(body, limits);
  const walker = createBodyWalker(body);
  return { ...walker, visited: () => NaN };
}

/** The whole read in one go (the CLI, tests). */
export function readBody(body: Element, limits: ReadLimits = READ_LIMITS): BodyFacts {
  const reader = createBodyReader(body, limits);
  reader.step(() => false);
  return reader.result();
}
