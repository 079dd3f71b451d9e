import { describe, expect, it } from 'vitest';
import { addSiblingPosts } from './sibling-posts';
import { blockText, normText } from './text';

const parse = (body: string) => new DOMParser().parseFromString(`<html><head><title>T</title></head><body>${body}</body></html>`, 'text/html');
const words = (n: number) => `Post ${n} says something about the question in a sentence long enough to be read as a post body.`;
const post = (n: number, cls = 'msg') => `<div class="${cls} msg-${n}"><span class="who">user${n}</span><div class="msg-main"><div class="msg-text">${words(n)}</div></div><a href="#r">Reply</a></div>`;

/** Readability's output: the body of post `n` alone. */
function output(n: number): Element {
  return parse(`<div id="out"><div>${words(n)}</div></div>`).getElementById('out')!;
}

const run = (doc: Document, out: Element) => addSiblingPosts(doc, out, normText(out.textContent ?? ''));

describe('addSiblingPosts', () => {
  it('adds the bodies of the posts around the one Readability kept, in page order', () => {
    const doc = parse(`<main><div class="thread">${post(1)}${post(2, 'msg is-accepted')}${post(3)}${post(4)}</div></main>`);
    const out = output(2);
    const added = run(doc, out);
    expect(blockText(out).split('\n')).toEqual([words(1), words(2), words(3), words(4)]);
    expect(added).not.toMatch(/user\d|reply/);
  });

  it('leaves the page itself as it was', () => {
    const doc = parse(`<main><div class="thread">${post(1)}${post(2)}</div></main>`);
    const before = doc.body.innerHTML;
    run(doc, output(1));
    expect(doc.body.innerHTML).toBe(before);
  });

  it('reads nothing more when the kept text is in no repeated box, or only in bare divs', () => {
    const single = parse(`<main><article class="story"><div class="text">${words(1)}</div></article><aside class="box"><p>${words(9)}</p></aside></main>`);
    expect(run(single, output(1))).toBe('');
    const bare = parse(`<main><div><div>${words(1)}</div></div><div><div>${words(2)}</div></div></main>`);
    expect(run(bare, output(1))).toBe('');
  });

  it('takes footnotes and small print built alike for no thread', () => {
    const notes = parse(`<main><p>Prices.</p></main><div class="page-footnotes"><ol>${post(1)}${post(2)}</ol></div>`);
    expect(run(notes, output(1))).toBe('');
  });
});
