/**
 * What the page's browser can do, asked in one place (issue #17): the CSS Custom Highlight
 * API (Chromium 105+, Firefox 140+) and the top layer through popovers. Every other module
 * calls these instead of probing globals itself.
 */

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Registers `ranges` as the highlight `name` (replacing it); none removes it. */
export function setHighlight(name: string, ranges: Iterable<Range>): void {
  if (!highlightsSupported()) return;
  // Added one by one: spreading tens of thousands of ranges as arguments overflows the
  // engine's argument limit on a huge page (issue #8).
  const highlight = new Highlight();
  for (const range of ranges) highlight.add(range);
  if (highlight.size) CSS.highlights.set(name, highlight);
  else CSS.highlights.delete(name);
}

/** Needs only the registry: removing what an older script left asks for no Highlight. */
export function deleteHighlight(name: string): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(name);
}

/** True where an element can enter the top layer as a popover. */
export function popoverSupported(el: HTMLElement): boolean {
  return typeof el.showPopover === 'function';
}

/** The browser's own speech synthesis (local voices), or null where there is none. */
export function speechEngine(): SpeechSynthesis | null {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance === 'function' ? speechSynthesis : null;
}
