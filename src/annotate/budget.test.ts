// The page-size limits past which Gloss leaves a page, or one text node, unmarked (issue #8).
import { describe, expect, it } from 'vitest';
import { MARK_BUDGET, tooLargeToMark } from './budget';
import { createCollector } from './collect';

describe('mark budget', () => {
  it('calls a document too large only past the element limit', () => {
    document.body.replaceChildren();
    const fill = (n: number) => { for (let i = 0; i < n; i++) document.body.append(document.createElement('i')); };
    const base = document.getElementsByTagName('*').length;
    fill(MARK_BUDGET.elements - base);
    expect(tooLargeToMark(document)).toBe(false);
    fill(1);
    expect(tooLargeToMark(document)).toBe(true);
    document.body.replaceChildren();
  });

  it('leaves a giant text node unread and reads its neighbours', () => {
    document.body.innerHTML = '<p id="a">Qatar and Egypt</p><p id="b"></p><p id="c">Doha</p>';
    document.getElementById('b')!.append('x'.repeat(MARK_BUDGET.textNodeChars + 1));
    const c = createCollector(document.body);
    while (!c.step(() => false));
    const { text, segments } = c.result();
    expect(segments.map((s) => s.node.parentElement!.id)).toEqual(['a', 'c']);
    expect(text).not.toContain('xxx');
    document.getElementById('b')!.firstChild!.remove();
    document.getElementById('b')!.append('x'.repeat(MARK_BUDGET.textNodeChars));
    const again = createCollector(document.body);
    while (!again.step(() => false));
    expect(again.result().segments).toHaveLength(3);
  });
});
