import { describe, expect, it } from 'vitest';
import { anchorBefore, anchorInPage, insertRestored } from './restore';

const doc = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

describe('putting a removed block back where it was', () => {
  it('remembers the end of the text before a block in the article', () => {
    const d = doc('<div id="r"><p>First paragraph here.</p><div><p>Second one.</p><ul id="x"><li>Share</li></ul></div></div>');
    expect(anchorBefore(d.getElementById('x')!, d.getElementById('r')!)).toBe('second one.');
    expect(anchorBefore(d.querySelector('p')!, d.getElementById('r')!)).toBe('');
  });

  it('finds the last page paragraph before a block that the article kept', () => {
    const d = doc('<main><p>A paragraph the article kept, long enough.</p><p>A paragraph it dropped for some reason.</p></main><nav id="n">Menu</nav>');
    expect(anchorInPage(d.getElementById('n')!, 'a paragraph the article kept, long enough. more')).toBe('a paragraph the article kept, long enough.');
  });

  it('inserts after that text, at the start when it is gone, and keeps restored blocks in page order', () => {
    const d = doc('<div class="body"><p>One paragraph.</p><p>Two paragraph.</p></div>');
    const body = d.querySelector('.body')!;
    insertRestored(body, '<aside>B</aside>', 'one paragraph.', 5);
    insertRestored(body, '<aside>A</aside>', 'one paragraph.', 2);
    insertRestored(body, '<aside>Z</aside>', 'text no longer there', 7);
    expect([...body.children].map((c) => c.textContent)).toEqual(['Z', 'One paragraph.', 'A', 'B', 'Two paragraph.']);
    expect(body.querySelector('[data-gloss-restored="2"]')!.innerHTML).toBe('<aside>A</aside>');
  });
});
