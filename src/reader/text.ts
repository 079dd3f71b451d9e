/**
 * Plain text of extracted HTML, one block (paragraph, heading, list item, caption, table
 * row) per line: what the reading view shows, for `gloss clean`, eval and the fixtures.
 * Pure over a DOM subtree; works the same in jsdom and in the browser.
 */

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const CELLS = new Set(['TD', 'TH']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** An element's text on one line: whitespace runs single spaces, trimmed. */
export const lineOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Lower-case, single-spaced text, for comparing what one pass kept with what another did. */
export function normText(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function blockText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!pre) { line += data; return; }
      // Preformatted text keeps its own line breaks.
      const parts = data.split('\n');
      parts.forEach((p, i) => { if (i) flush(); line += p; });
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') return flush();
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (CELLS.has(tag)) line += ' ';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'PRE');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return lines.join('\n');
}

/** A piece of text as `s.replace(/\s+/g, ' ')` leaves it: its length and whether it
 *  starts or ends with a space (where it merges with a neighbour's space). */
interface Span { len: number; lead: boolean; trail: boolean }
const EMPTY: Span = { len: 0, lead: false, trail: false };
const LEAD = /^\s/;
const TRAIL = /\s$/;

function join(a: Span, b: Span): Span {
  if (!a.len) return b;
  if (!b.len) return a;
  return { len: a.len + b.len - (a.trail && b.lead ? 1 : 0), lead: a.lead, trail: b.trail };
}

/**
 * For every element under `root` (and `root`), the length of its text as `oneLine` reads
 * it — `textContent`, whitespace runs collapsed to one space, trimmed — in one walk,
 * without building any element's text: reading each element's text on its own costs
 * time in proportion to size times depth (the declutter pass on a long article).
 */
export function collapsedTextLengths(root: Element): Map<Element, number> {
  const out = new Map<Element, number>();
  const stack: { el: Element; span: Span; child: ChildNode | null }[] = [{ el: root, span: EMPTY, child: root.firstChild }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const node = top.child;
    if (!node) {
      stack.pop();
      const { len, lead, trail } = top.span;
      out.set(top.el, len === 1 && lead ? 0 : len - (lead ? 1 : 0) - (trail ? 1 : 0));
      const parent = stack[stack.length - 1];
      if (parent) parent.span = join(parent.span, top.span);
      continue;
    }
    top.child = node.nextSibling;
    if (node.nodeType === 1) {
      stack.push({ el: node as Element, span: EMPTY, child: node.firstChild });
    } else if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      if (data) top.span = join(top.span, { len: data.replace(/\s+/g, ' ').length, lead: LEAD.test(data), trail: TRAIL.test(data) });
    }
  }
  return out;
}
