/**
 * Keeps section headings Readability would drop as copies of the title (issue #3 fix,
 * fixture `section-heading`). Readability removes the first h1/h2 whose words are mostly
 * in the title; when the real title sits in a header it already discarded, that is a
 * short section heading such as "The mediators" under "Why the Gulf's Mediators …".
 * Before parsing, such h2s in the clone become h3s marked with their level; afterwards
 * they get their level back.
 */
const MARK = 'data-gloss-heading';

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The page's title as Readability sees it, roughly: og:title, else <title> before a separator. */
export function titleGuess(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (og) return og;
  return (doc.title || '').split(/\s[|\-–—»:]\s/)[0]?.trim() ?? '';
}

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  for (const a of el.attributes) next.setAttribute(a.name, a.value);
  while (el.firstChild) next.append(el.firstChild);
  el.replaceWith(next);
  return next;
}

/** Whether body text comes before `h` (a paragraph among its or its ancestors' earlier siblings). */
function followsText(h: Element): boolean {
  for (let n: Element | null = h, depth = 0; n && depth < 4; n = n.parentElement, depth++) {
    for (let s = n.previousElementSibling; s; s = s.previousElementSibling) {
      const ps = s.localName === 'p' ? [s] : [...s.querySelectorAll('p')];
      if (ps.some((p) => (p.textContent ?? '').trim().length >= 80)) return true;
    }
  }
  return false;
}

/**
 * Marks short h2s made mostly of title words, so Readability keeps them. Only headings
 * with article text before them: a kicker above the title ("Lupita Nyong'o" over
 * "Lupita Nyong'o's $150K Pearl Oscar Dress") is a label, not a section. Returns how many.
 */
export function protectHeadings(doc: Document): number {
  const title = words(titleGuess(doc));
  if (title.length < 4) return 0;
  const inTitle = new Set(title);
  let count = 0;
  for (const h of doc.querySelectorAll('h2')) {
    const w = words(h.textContent ?? '');
    // A real copy of the title is about as long as the title; a section heading is not.
    if (!w.length || w.length > title.length / 2) continue;
    const shared = w.filter((x) => inTitle.has(x)).join(' ').length / w.join(' ').length;
    if (shared <= 0.75 || !followsText(h)) continue;
    rename(h, 'h3').setAttribute(MARK, '2');
    count++;
  }
  return count;
}

export function restoreHeadings(root: Element): void {
  for (const h of root.querySelectorAll(`[${MARK}]`)) {
    const level = h.getAttribute(MARK);
    h.removeAttribute(MARK);
    if (level === '2') rename(h, 'h2');
  }
}

/** The headings the view's outline lists, in its order (view/Navigator.tsx). */
export const OUTLINE_HEADINGS = 'h2, h3';

/**
 * Gives the outline's headings ids in the extracted body, so the view never writes to the
 * article after it is shown: the article is light DOM under the view's host, and a later
 * write there is a change to the page's document that a reader or a page script can see.
 */
export function anchorHeadings(body: ParentNode): void {
  [...body.querySelectorAll(OUTLINE_HEADINGS)].forEach((h, i) => { if (!h.id) h.id = `gloss-h-${i}`; });
}
