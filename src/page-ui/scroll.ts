/**
 * How Gloss scrolls for the reader (to the next name, a heading, the sentence read aloud):
 * a jump when the reader asks for reduced motion, else whatever the scroller's CSS says.
 * A page's own `scroll-behavior: smooth` would otherwise glide the page to the next name
 * for a reader who asked the system for no motion (issue #15, part 8).
 */
export function scrollBehavior(win: Window = window): ScrollBehavior {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'auto';
}
