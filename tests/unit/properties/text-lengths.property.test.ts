// collapsedTextLengths must agree exactly with reading each element's text on its own,
// since declutter picks the blocks a text rule may look at by it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedTextLengths } from '../../../src/reader/text';
import { build, tree } from './dom-trees';

describe('collapsedTextLengths', () => {
  it('gives every element the length of its text with whitespace collapsed and trimmed', () => {
    fc.assert(fc.property(fc.array(tree, { maxLength: 5 }), (trees) => {
      const root = document.createElement('div');
      for (const t of trees) build(t, root, document);
      const lengths = collapsedTextLengths(root);
      for (const el of [root, ...root.querySelectorAll('*')])
        expect(lengths.get(el), el.outerHTML).toBe((el.textContent ?? '').replace(/\s+/g, ' ').trim().length);
    }), { numRuns: 300 });
  });

  it('handles text that is only spaces, spaces across element edges, and empty elements', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p> </p><p>a <b> b</b> </p><i></i><span>\u00a0x\u00a0</span>';
    const lengths = collapsedTextLengths(root);
    const [blank, ab, empty, nb] = [...root.children];
    expect([lengths.get(blank!), lengths.get(ab!), lengths.get(empty!), lengths.get(nb!)]).toEqual([0, 3, 0, 1]);
    expect(lengths.get(root)).toBe((root.textContent ?? '').replace(/\s+/g, ' ').trim().length);
  });
});
