/**
 * Wide tables scroll sideways inside a box of their own instead of widening the page
 * (issue #15, part 4). The box, not the table, is made to scroll: a table set to
 * `display: block` loses its table semantics for screen readers in some browsers. The box
 * takes keyboard focus so that keyboard users can scroll it too (WCAG 2.1.1).
 * Runs on the sanitized article, so its attributes are Gloss's own.
 */
export const TABLE_SCROLL_CLASS = 'table-scroll';

export function wrapTables(body: Element): void {
  for (const table of [...body.querySelectorAll('table')]) {
    // A table inside another table scrolls with its outer one.
    if (table.parentElement?.closest('table')) continue;
    const box = body.ownerDocument.createElement('div');
    box.className = TABLE_SCROLL_CLASS;
    box.tabIndex = 0;
    table.replaceWith(box);
    box.append(table);
  }
}
