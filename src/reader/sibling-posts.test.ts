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

  it('finds the post above columns built alike (an author cell beside the message cell), however deep the body sits', () => {
    const deep = (n: number) => `<article class="message message--post"><div class="message-inner">`
      + `<div class="message-cell message-cell--user"><h4 class="name">user${n}</h4><div class="stats"><span>Joined 2019</span></div></div>`
      + `<div class="message-cell message-cell--main"><div class="message-main"><div class="message-content"><div class="message-user-content">`
      + `<div class="message-body"><div class="bb-wrapper"><div>${words(n)}</div></div></div></div></div></div></div></div></article>`;
    const doc = parse(`<main><div class="block-body">${deep(1)}${deep(2)}${deep(3)}</div></main>`);
    const out = output(1);
    run(doc, out);
    expect(blockText(out).split('\n')).toEqual([words(1), words(2), words(3)]);
  });

  it('knows the kept body when Readability dropped a few characters inside it', () => {
    const doc = parse(`<main><div class="thread">${post(1)}${post(2)}</div></main>`);
    // Readability leaves out a button inside post 1's text (a quote's "Click to expand").
    const said = `${words(1)} ${words(1)}`;
    doc.querySelector('.msg-1 .msg-text')!.innerHTML = `${words(1)} <button>Click to expand</button> ${words(1)}`;
    const out = parse(`<div id="out"><div>${said}</div></div>`).getElementById('out')!;
    run(doc, out);
    expect(blockText(out).split('\n')).toEqual([said, words(2)]);
  });

  it('leaves out a box built alike that holds a form (a sign-up form\'s section beside the text)', () => {
    const doc = parse(`<main><div class="thread">${post(1)}${post(2)}${post(3).replace('</div></div>', '<label>First name*</label><input name="first"></div></div>')}</div></main>`);
    const out = output(1);
    run(doc, out);
    expect(blockText(out)).not.toContain('First name');
    expect(blockText(out)).toContain(words(2));
  });

  it('takes footnotes and small print built alike for no thread', () => {
    const notes = parse(`<main><p>Prices.</p></main><div class="page-footnotes"><ol>${post(1)}${post(2)}</ol></div>`);
    expect(run(notes, output(1))).toBe('');
  });
});

describe('replies nested in the post they answer (a comment tree, issue #14)', () => {
  const say = (n: number) => `Comment ${n} answers the one above it in a sentence long enough to be read as a comment body.`;
  const node = (n: number, replies = '') => `<li class="subtree"><div class="comment"><a class="who" href="/u/${n}">user${n}</a>`
    + `<div class="details"><div class="comment-text"><p>${say(n)}</p></div></div></div><ol class="comments">${replies}</ol></li>`;

  it('reads every comment of the tree, in page order, when Readability kept one deep inside it', () => {
    const doc = parse(`<main><ol class="comments">${node(1, node(2, node(3)) + node(4))}${node(5)}</ol></main>`);
    const out = parse(`<div id="out"><p>${say(3)}</p></div>`).getElementById('out')!;
    run(doc, out);
    expect(blockText(out).split('\n')).toEqual([1, 2, 3, 4, 5].map(say));
    expect(blockText(out)).not.toMatch(/user\d/);
  });

  it('takes a box inside a box of the same name for a reply only when both hold a body at the same place', () => {
    const doc = parse(`<main><div class="panel"><div class="panel"><div class="text"><p>${say(1)}</p></div></div></div></main>`);
    const out = parse(`<div id="out"><p>${say(1)}</p></div>`).getElementById('out')!;
    expect(run(doc, out)).toBe('');
  });

  it('takes boxes named alike at every level (utility class names) for layout, not a tree', () => {
    // The page's menu and its text, each in boxes of the same first class, nested in each other.
    const doc = parse(`<main><div class="flex gap-8"><div class="text"><a href="/a">Menu entry</a>`
      + `<div class="flex p-2"><div class="text"><a href="/b">Another entry</a></div></div></div>`
      + `<section><div class="flex gap-4"><div class="text">${say(1)}</div></div></section></div></main>`);
    const out = parse(`<div id="out"><p>${say(1)}</p></div>`).getElementById('out')!;
    expect(run(doc, out)).toBe('');
  });
});
