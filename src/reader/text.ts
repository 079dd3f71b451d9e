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
