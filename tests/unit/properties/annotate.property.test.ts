// Properties of name marking on random DOM trees (issue #8): reading the page and building
// ranges never changes it, marks cover exactly the names found and nothing Gloss must not
// read, a second pass equals the first, and stopping leaves no highlight behind.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotate } from '../../../src/annotate/annotator';
import { createCollector } from '../../../src/annotate/collect';
import { HighlightLayer, toMarks, type Mark } from '../../../src/annotate/marks';
import { HIGHLIGHT_NAME } from '../../../src/annotate/mark-css';
import { findMentions } from '../../../src/matcher/match';
import { lookup, mount, snapshot, tree, underSkipped } from './dom-trees';

const forest = fc.array(tree, { minLength: 1, maxLength: 5 });
/** What the background answers: the same matcher over the text the page sent. */
const find = async (text: string) => findMentions(text, lookup);

/** Reads a root to the end in slices as small as the collector allows. */
function collect(root: Element) {
  const c = createCollector(root);
  let slices = 0;
  while (!c.step(() => true)) slices++;
  expect(slices).toBeLessThan(10_000);
  return c.result();
}

const squash = (s: string) => s.replace(/[\s\u200b\u2029]+/g, '');
const key = (m: Mark) => [m.range.startContainer, m.range.startOffset, m.range.endContainer, m.range.endOffset, m.entity];

describe('reading and range building', () => {
  it('leave the DOM identical and textContent unchanged', () => {
    fc.assert(fc.property(forest, (f) => {
      const root = mount(f);
      const before = snapshot(document.documentElement);
      const text = document.body.textContent;
      const collected = collect(root);
      toMarks(collected, findMentions(collected.text, lookup), document);
      expect(snapshot(document.documentElement)).toBe(before);
      expect(document.body.textContent).toBe(text);
    }), { numRuns: 300 });
  });

  it('mark exactly the text of each mention, in order, never overlapping, never in text Gloss must not read', () => {
    fc.assert(fc.property(forest, (f) => {
      const root = mount(f);
      const collected = collect(root);
      const mentions = findMentions(collected.text, lookup);
      const marks = toMarks(collected, mentions, document);
      // Nothing changed since reading, so no mention may be dropped.
      expect(marks.length).toBe(mentions.length);
      let previous: Range | null = null;
      marks.forEach((mark, i) => {
        const { range } = mark;
        expect(squash(range.toString())).toBe(squash(mentions[i]!.surface));
        expect(root.contains(range.commonAncestorContainer)).toBe(true);
        expect(underSkipped(range.startContainer, root)).toBe(false);
        expect(underSkipped(range.endContainer, root)).toBe(false);
        if (previous) expect(previous.compareBoundaryPoints(Range.END_TO_START, range)).toBeLessThanOrEqual(0);
        previous = range;
      });
    }), { numRuns: 300 });
  });

  it('read the same text twice as once', () => {
    fc.assert(fc.property(forest, (f) => {
      const root = mount(f);
      const a = collect(root);
      const b = collect(root);
      expect(b.text).toBe(a.text);
      expect(b.segments.map((s) => [s.at, s.node, s.len])).toEqual(a.segments.map((s) => [s.at, s.node, s.len]));
    }), { numRuns: 100 });
  });
});

/** A stand-in for the CSS Custom Highlight API (jsdom has none) that records what is registered. */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) { super(ranges); }
}

describe('annotate on a live root', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
  });
  afterEach(() => { vi.unstubAllGlobals(); });

  const run = async (root: Element, layer: HighlightLayer, signal: AbortSignal) => {
    const a = annotate(root, { find, keep: () => true, firstOnly: () => false, layer, signal });
    await a.settled();
    return a;
  };

  it('registers one highlight per mark; a second pass equals the first; stop leaves the DOM and registry as before', async () => {
    await fc.assert(fc.asyncProperty(forest, async (f) => {
      const root = mount(f);
      const before = snapshot(document.documentElement);
      const controller = new AbortController();
      const layer = new HighlightLayer();
      const a = await run(root, layer, controller.signal);
      const first = a.index.marks.map(key);
      expect(registry.get(HIGHLIGHT_NAME)?.size ?? 0).toBe(first.length);

      a.refresh();
      await a.settled();
      expect(a.index.marks.map(key)).toEqual(first);

      // A second annotator on the same root finds the same marks (running twice equals once).
      const twin = await run(root, new HighlightLayer('other'), controller.signal);
      expect(twin.index.marks.map(key)).toEqual(first);

      a.stop();
      twin.stop();
      expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
      expect(registry.has('other')).toBe(false);
      expect(a.index.marks).toHaveLength(0);
      expect(snapshot(document.documentElement)).toBe(before);
      controller.abort();
    }), { numRuns: 60 });
  });

  it('aborting the page signal mid-pass stops cleanly: no highlight, no change', async () => {
    await fc.assert(fc.asyncProperty(forest, fc.nat({ max: 3 }), async (f, ticks) => {
      const root = mount(f);
      const before = snapshot(document.documentElement);
      const controller = new AbortController();
      const a = annotate(root, { find, keep: () => true, firstOnly: () => false, layer: new HighlightLayer(), signal: controller.signal });
      for (let i = 0; i < ticks; i++) await new Promise((r) => setTimeout(r, 0));
      controller.abort();
      await a.settled();
      expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
      expect(a.index.marks).toHaveLength(0);
      expect(snapshot(document.documentElement)).toBe(before);
    }), { numRuns: 40 });
  });
});
