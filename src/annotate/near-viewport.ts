/**
 * Which marks are near the viewport, so a page with many names registers only those
 * (BUDGETS.highlightAllMarks says why). An IntersectionObserver watches the block that
 * holds each mark's text: it reads no layout on our side and never touches the page.
 */

/** Inline elements whose box follows their text: the mark is watched through the
 *  block around them, so a paragraph full of links is one target, not dozens. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
const MAX_CLIMB = 6;

export function blockOf(range: Range): Element | null {
  let el = range.startContainer.nodeType === 1 ? range.startContainer as Element : range.startContainer.parentElement;
  for (let i = 0; el && i < MAX_CLIMB && INLINE.has(el.localName) && el.parentElement; i++) el = el.parentElement;
  return el;
}

/** One viewport above and one below what is shown, so scrolling at reading speed finds the
 *  names already underlined. As a scroll margin it applies to the page's own scrolling and
 *  to scrollers inside it (the reading view); a root margin would add to it on the page. */
const SCROLL_MARGIN = '100% 0px';

export class NearViewport {
  private readonly observer: IntersectionObserver;
  private byBlock = new Map<Element, Range[]>();
  private readonly near = new Set<Element>();

  constructor(private readonly onChange: (ranges: Range[]) => void) {
    this.observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) this.near.add(e.target);
        else this.near.delete(e.target);
      }
      this.emit();
    }, { scrollMargin: SCROLL_MARGIN } as IntersectionObserverInit);
  }

  /** Watches these ranges from now on. Blocks already known keep their state; new ones are
   *  shown once the observer has reported on them (in the next frame). */
  track(ranges: readonly Range[]): void {
    const next = new Map<Element, Range[]>();
    for (const range of ranges) {
      const block = blockOf(range);
      if (!block) continue;
      const list = next.get(block);
      if (list) list.push(range);
      else next.set(block, [range]);
    }
    for (const block of this.byBlock.keys()) {
      if (next.has(block)) continue;
      this.observer.unobserve(block);
      this.near.delete(block);
    }
    for (const block of next.keys()) if (!this.byBlock.has(block)) this.observer.observe(block);
    this.byBlock = next;
    this.emit();
  }

  stop(): void {
    this.observer.disconnect();
    this.byBlock.clear();
    this.near.clear();
  }

  private emit(): void {
    const shown: Range[] = [];
    for (const block of this.near) {
      const list = this.byBlock.get(block);
      if (list) for (const r of list) shown.push(r);
    }
    this.onChange(shown);
  }
}
