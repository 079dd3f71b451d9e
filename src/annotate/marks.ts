/**
 * Marks names with the CSS Custom Highlight API: the page's DOM is never touched, so its
 * text, structure and scripts see nothing (docs/adr/0001-highlights-not-wrappers.md).
 * Hover is found by geometry: the element under the pointer, then the rects of the
 * mentions whose text lives in it.
 */
import type { Mention } from '../matcher/match';
import { segmentAt, type Collected } from './collect';
import { NearViewport } from './near-viewport';
import { BUDGETS } from '../timing';

import { HIGHLIGHT_ACTIVE, HIGHLIGHT_NAME } from './mark-css';
import { highlightsSupported, setHighlight } from '../platform/capabilities';

export interface Mark {
  range: Range;
  entity: number;
  surface: string;
  /** Index in document order, for keyboard stepping. */
  order: number;
}


/** Turns matcher offsets into live Ranges; drops mentions whose nodes changed since reading. */
export function toMarks(collected: Collected, mentions: readonly Mention[], doc: Document): Mark[] {
  const builder = markBuilder(collected, mentions, doc);
  while (!builder.step(() => false));
  return builder.marks;
}

/**
 * toMarks in slices: `step(timeUp)` returns true when every mention is done. A transcript
 * page has 10,000+ names; their ranges took 35 ms in one go (issue #8).
 */
export function markBuilder(collected: Collected, mentions: readonly Mention[], doc: Document) {
  const marks: Mark[] = [];
  let next = 0;
  const step = (timeUp: () => boolean): boolean => {
    for (let steps = 1; next < mentions.length; steps++) {
      if ((steps & 127) === 0 && timeUp()) return false;
      build(mentions[next++]!);
    }
    return true;
  };
  const build = (m: Mention) => {
    const a = segmentAt(collected.segments, m.start);
    const b = segmentAt(collected.segments, m.end - 1);
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) return;
    const so = m.start - a.at;
    const eo = m.end - b.at;
    if (a.node.data.length !== a.len || b.node.data.length !== b.len) return;
    const range = doc.createRange();
    range.setStart(a.node, so);
    range.setEnd(b.node, eo);
    marks.push({ range, entity: m.entity, surface: m.surface, order: marks.length });
  };
  return { step, marks };
}

/** Mentions indexed by the element holding their first character, for hit-testing. */
export class MarkIndex {
  private byElement = new Map<Element, Mark[]>();
  constructor(readonly marks: readonly Mark[]) {
    for (const mark of marks) {
      const el = mark.range.startContainer.parentElement;
      if (!el) continue;
      const list = this.byElement.get(el);
      if (list) list.push(mark);
      else this.byElement.set(el, [mark]);
    }
  }

  /** The mark under (x, y), or null. `el` is the innermost element at that point. */
  hit(el: Element | null, x: number, y: number): Mark | null {
    for (let e = el, depth = 0; e && depth < 4; e = e.parentElement, depth++) {
      const list = this.byElement.get(e);
      if (!list) continue;
      for (const mark of list) {
        if (mark.range.collapsed) continue;
        for (const r of mark.range.getClientRects())
          if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return mark;
      }
    }
    return null;
  }
}

/**
 * Registers marks under one highlight name (shared by every annotated root). Past
 * BUDGETS.highlightAllMarks only the marks near the viewport are registered; the rest are
 * still found by hover and keyboard (MarkIndex) and get their underline as they come near.
 */
export class HighlightLayer {
  private ranges = new Map<object, Range[]>();
  private near: NearViewport | null = null;
  constructor(private readonly name = HIGHLIGHT_NAME, private readonly showAllUpTo: number = BUDGETS.highlightAllMarks) {}

  set(owner: object, ranges: Range[]): void {
    this.ranges.set(owner, ranges);
    this.sync();
  }

  clear(owner: object): void {
    this.ranges.delete(owner);
    this.sync();
  }

  private sync(): void {
    if (!highlightsSupported()) return;
    const all = [...this.ranges.values()].flat();
    if (all.length > this.showAllUpTo && typeof IntersectionObserver === 'function') {
      (this.near ??= new NearViewport((shown) => this.show(shown))).track(all);
      return;
    }
    this.near?.stop();
    this.near = null;
    this.show(all);
  }

  private show(ranges: readonly Range[]): void {
    setHighlight(this.name, ranges);
  }
}
