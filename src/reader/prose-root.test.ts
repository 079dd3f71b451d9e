import { describe, expect, it } from 'vitest';
import { flattenedTo, missesProse, proseRoot } from './prose-root';
import { normText } from './text';

const sentence = (n: number) => `Paragraph ${n} of the story runs long enough to count as prose, with a clause or two and more than eighty characters.`;
const section = (from: number, count: number) =>
  `<div class="row"><div class="col"><div class="text"><h2>Part ${from}</h2>${
    Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)}</p>`).join('')}</div></div></div>`;
const parse = (body: string) => new DOMParser().parseFromString(`<html><head><title>T</title></head><body>${body}</body></html>`, 'text/html');

const STORY = `<nav><p>${sentence(900)}</p></nav><main id="main">${section(0, 3)}${section(3, 6)}${section(9, 3)}${section(12, 3)}</main>
  <div class="comments"><p>${sentence(800)}</p><p>${sentence(801)}</p></div>
  <div class="stream"><div class="card"><h3><a href="/other">Another story</a></h3><p>${sentence(700)}</p></div></div>
  <ul><li><p>${sentence(600)}</p></li></ul>`;

describe('proseRoot', () => {
  it('is the smallest element holding the story, leaving out navigation, comments and teasers', () => {
    const found = proseRoot(parse(STORY))!;
    expect(found.root.id).toBe('main');
    expect(found.prose.map((p) => p.text)).toEqual(Array.from({ length: 15 }, (_, i) => normText(sentence(i))));
  });

  it('judges the page\'s columns by the prose it shows: a streamed page\'s hidden boxes do not make its layout a sidebar', () => {
    const visible = Array.from({ length: 3 }, (_, i) => `<p>${sentence(100 + i)}</p>`).join('');
    const hidden = Array.from({ length: 16 }, (_, i) => `<div hidden id="S:${i}"><p>${sentence(i)}</p></div>`).join('');
    const found = proseRoot(parse(`<div class="grid-toc-content-sidebar"><div class="body">${visible}</div></div>${hidden}`))!;
    expect(found.all.map((p) => p.text)).toContain(normText(sentence(100)));
    // A real sidebar beside the shown text stays out.
    const aside = proseRoot(parse(`<div class="body">${visible}${visible}</div><div class="sidebar"><p>${sentence(500)}</p></div>${hidden}`))!;
    expect(aside.all.map((p) => p.text)).not.toContain(normText(sentence(500)));
  });

  it('gives nothing on a page with only a few paragraphs', () => {
    expect(proseRoot(parse(section(0, 3)))).toBeNull();
  });
});

describe('missesProse', () => {
  const found = proseRoot(parse(STORY));
  /** Readability's output holding paragraphs from..to-1 of the story. */
  const output = (from: number, to: number) =>
    parse(`<div id="out">${Array.from({ length: to - from }, (_, i) => `<p>${sentence(from + i)}</p>`).join('')}</div>`).getElementById('out');

  it('doubts a pick that holds one section of several', () => {
    expect(missesProse(output(3, 9), found)).toBe(true);
    expect(missesProse(null, found)).toBe(true);
  });

  it('trusts a pick that holds most of the story, or when there is no story to miss', () => {
    expect(missesProse(output(0, 12), found)).toBe(false);
    expect(missesProse(null, null)).toBe(false);
  });
});

describe('flattenedTo', () => {
  it('lays the root\'s blocks side by side in order, in a copy, without what is not the story', () => {
    const doc = parse(`<main id="m">${section(0, 2)}<div class="share"><p>Share this</p></div><figure><img src="a.jpg"></figure>${section(2, 2)}</main>`);
    const copy = flattenedTo(doc.cloneNode(true) as Document, doc.getElementById('m')!)!;
    const article = copy.body.firstElementChild!;
    expect(copy.body.children).toHaveLength(1);
    expect([...article.children].map((c) => c.tagName)).toEqual(['H2', 'P', 'P', 'FIGURE', 'H2', 'P', 'P']);
    expect(doc.querySelectorAll('.row')).toHaveLength(2); // the page itself is untouched
  });
});

describe('proseRoot and layout wrappers', () => {
  it('reads past a wrapper whose name sounds like a sidebar when it holds most of the prose', () => {
    const doc = parse(`<div class="layout-with-sidebars"><div id="main">${section(0, 15)}</div><div class="sidebar"><p>${sentence(90)}</p></div></div>`);
    const found = proseRoot(doc)!;
    expect(doc.getElementById('main')!.contains(found.root)).toBe(true);
    expect(found.prose).toHaveLength(15);
    expect(found.all.map((p) => p.text)).not.toContain(normText(sentence(90)));
  });

  it('reads past a page wrapper named for its menu, but not a menu that holds little', () => {
    const doc = parse(`<div class="menu-side-transition"><div class="menu-panel"><p>${sentence(91)}</p></div><div id="main">${section(0, 15)}</div></div>`);
    const found = proseRoot(doc)!;
    expect(doc.getElementById('main')!.contains(found.root)).toBe(true);
    expect(found.all.map((p) => p.text)).not.toContain(normText(sentence(91)));
  });
});
