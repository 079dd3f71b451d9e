import { describe, expect, it } from 'vitest';
import { putBackItemParts } from './item-parts';
import { blockText, normText } from './text';

const review = (n: number) => `Review ${n} runs long enough to count as prose, with a clause or two about the book and more than eighty characters in all.`;
const FACTS = (n: number) => `<p><strong>Author:</strong> <a href="/author/${n}/">Writer ${n}</a><br><strong>Released:</strong> May ${n}, 2026</p>`;

/** A page of entries: title, facts box, review, and what else `extra` adds to each. */
function page(extra = ''): Document {
  const items = [1, 2, 3].map((n) => `<li><h3>Book ${n}</h3><div class="facts">${FACTS(n)}</div><div class="review"><p>${review(n)}</p></div>${extra}</li>`).join('');
  return new DOMParser().parseFromString(`<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/lists/">Lists</a></li></ul></nav><article><ul>${items}</ul></article></body></html>`, 'text/html');
}

/** Readability's output: each entry's title and review, without its facts. */
function output(): Element {
  const items = [1, 2, 3].map((n) => `<li><h3>Book ${n}</h3><div><p>${review(n)}</p></div></li>`).join('');
  return new DOMParser().parseFromString(`<div id="out"><ul>${items}</ul></div>`, 'text/html').getElementById('out')!;
}

const run = (doc: Document, out = output()) => ({ added: putBackItemParts(out, doc, normText(out.textContent ?? '')), lines: blockText(out).split('\n') });

describe('putBackItemParts', () => {
  it('puts each kept entry\'s facts back after its title, inside the entry', () => {
    const { lines } = run(page());
    expect(lines.slice(0, 4)).toEqual(['Book 1', 'Author: Writer 1', 'Released: May 1, 2026', review(1)]);
    expect(lines).toHaveLength(12);
  });

  it('never adds a row of links, a widget or a form to an entry', () => {
    const shops = '<p class="shops"><a href="https://a.example/">Bookshop</a> | <a href="https://b.example/">Library</a></p>';
    const like = '<div class="like-box">Did you enjoy this review? Tell us with a like.</div>';
    const form = '<div><label>Your rating for this book <input type="number"></label></div>';
    for (const extra of [shops, like, form]) expect(run(page(extra)).added, extra).not.toMatch(/Bookshop|enjoy|rating/);
  });

  it('leaves alone items whose prose the article did not keep (menus, other lists)', () => {
    const out = new DOMParser().parseFromString(`<div id="out"><p>${review(9)}</p></div>`, 'text/html').getElementById('out')!;
    expect(run(page(), out).added).toBe('');
  });
});
