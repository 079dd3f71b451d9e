/**
 * Finding one's way in a long article (issue #15): the article's headings, which section
 * the reader is in, how far through they are and the minutes left. Pure over measured
 * positions; the view measures.
 */

export interface HeadingSpot { id: string; text: string; level: number; top: number }

/** The heading whose section holds `scrollTop` (with a small lead so a heading just reached counts), or -1. */
export function currentHeading(headings: readonly HeadingSpot[], scrollTop: number, lead = 80): number {
  let at = -1;
  for (let i = 0; i < headings.length; i++) if (headings[i]!.top <= scrollTop + lead) at = i;
  return at;
}

/** Share of the article read, 0..1, from the scroll position of its container. */
export function progress(scrollTop: number, scrollHeight: number, clientHeight: number): number {
  const room = scrollHeight - clientHeight;
  return room <= 0 ? 1 : Math.min(1, Math.max(0, scrollTop / room));
}

/** Minutes left of `total`, never shown as 0 while some text remains. */
export function minutesLeft(total: number, read: number): number {
  if (read >= 0.995) return 0;
  return Math.max(1, Math.ceil(total * (1 - read)));
}

/** A heading jumped to sits this far below the top, clear of the sticky toolbar. */
export const HEADING_MARGIN = 64;

/** The next (+1) or previous (-1) heading from where the reader is. */
export function headingStep(headings: readonly HeadingSpot[], scrollTop: number, direction: 1 | -1): number {
  const line = scrollTop + HEADING_MARGIN;
  const at = currentHeading(headings, scrollTop, HEADING_MARGIN + 2);
  // Back goes to the start of the section the reader is in, unless already there.
  const next = direction === 1 ? at + 1 : (at >= 0 && headings[at]!.top < line - 2 ? at : at - 1);
  return Math.min(headings.length - 1, Math.max(0, next));
}

/** The outline is worth its space from this many headings on. */
export const OUTLINE_MIN_HEADINGS = 3;
