import { describe, expect, it } from 'vitest';
import { articleHead } from './article-head';
import { putBackFigures } from './missed-figures';
import { blockText, normText } from './text';

const TITLE = 'The lock keeper who kept a canal open';
const sentence = (n: number) => `Paragraph ${n} of the story runs long enough to count as prose, with a clause or two and more than eighty characters: number ${n}.`;
const paras = (from: number, count: number) => Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)}</p>`).join('');
const figure = (caption: string, src = 'a.jpg') => `<figure><img src="${src}" alt=""><figcaption>${caption}</figcaption></figure>`;
const LEAD = 'The lock at Hatton at dawn, before the first boats come through.';
const INSIDE = 'Edith Marsh with the windlass she has used since 1978.';

/** A page whose head and body blocks hold figures, around paragraphs 0-3 and 4-7. */
function page(head: string, between: string, after = ''): Document {
  return new DOMParser().parseFromString(`<html><body><div class="top"><h1>${TITLE}</h1>${head}</div>
    <article><div class="text">${paras(0, 4)}</div><div class="pic">${between}</div><div class="text">${paras(4, 4)}</div>${after}</article></body></html>`, 'text/html');
}

/** Readability's output holding the paragraphs and no figure. */
const output = () => new DOMParser().parseFromString(`<div id="out"><div id="readability-page-1">${paras(0, 8)}</div></div>`, 'text/html').getElementById('out')!;

function run(doc: Document, out = output()) {
  const kept = normText(out.textContent ?? '');
  const added = putBackFigures(out, doc, articleHead(doc, TITLE, kept), kept);
  return { added, lines: blockText(out).split('\n'), out };
}

describe('putBackFigures', () => {
  it('puts the lead picture first and a picture between paragraphs after the text it followed, with their captions', () => {
    const { lines, out } = run(page(figure(LEAD, 'lead.jpg'), figure(INSIDE, 'edith.jpg')));
    expect(lines[0]).toBe(LEAD);
    expect(lines.indexOf(INSIDE)).toBe(lines.indexOf(sentence(3)) + 1);
    expect([...out.querySelectorAll('figure img')].map((i) => i.getAttribute('src'))).toEqual(['lead.jpg', 'edith.jpg']);
  });

  it('builds the head\'s picture set without a <figure>: a box holding only the picture, then a caption named so', () => {
    const { lines, out } = run(page(`<div class="pic"><img src="lead.jpg" alt=""></div><p class="lead-caption">${LEAD}</p>`, ''));
    expect(lines[0]).toBe(LEAD);
    expect(out.querySelector('figure img')?.getAttribute('src')).toBe('lead.jpg');
    expect(out.querySelector('figure figcaption')?.textContent).toBe(LEAD);
    // Without the caption's name it is a paragraph, not a caption.
    expect(run(page(`<div class="pic"><img src="lead.jpg" alt=""></div><p>${LEAD}</p>`, '')).added).toBe('');
  });

  it('gives a lazily loaded picture its real address', () => {
    const { out } = run(page(`<figure><img src="data:image/gif;base64,R0lGOD" data-src="lead.jpg" alt=""><figcaption>${LEAD}</figcaption></figure>`, ''));
    expect(out.querySelector('figure img')?.getAttribute('src')).toBe('lead.jpg');
  });

  it('leaves out galleries, videos, links to other pages, credits alone and pictures after the story', () => {
    const gallery = `<div class="gallery">${figure(INSIDE)}</div>`;
    const video = `<figure><video src="v.mp4"></video><figcaption>${INSIDE}</figcaption></figure>`;
    const card = `<a href="/next/">${figure(INSIDE)}</a>`;
    const credit = figure('<span class="image-credit">Photograph by Ana Ferris for The Courier</span>');
    const name = figure('Ana Ferris / Reuters');
    for (const between of [gallery, video, card, credit, name]) expect(run(page('', between)).added, between).toBe('');
    expect(run(page('', '', figure(INSIDE))).added).toBe('');
  });

  it('adds nothing the article already shows: the same caption, or the same picture', () => {
    const out = output();
    out.firstElementChild!.insertAdjacentHTML('beforeend', `<img src="edith.jpg">`);
    expect(run(page('', figure(INSIDE, 'edith.jpg')), out).added).toBe('');
    const lazy = output();
    lazy.firstElementChild!.insertAdjacentHTML('beforeend', `<img src="edith.jpg">`);
    expect(run(page('', `<figure><img src="data:image/gif;base64,R0lGOD" data-src="edith.jpg"><figcaption>${INSIDE}</figcaption></figure>`), lazy).added).toBe('');
    const withCaption = output();
    withCaption.firstElementChild!.insertAdjacentHTML('beforeend', `<p>${INSIDE}</p>`);
    expect(run(page('', figure(INSIDE, 'other.jpg')), withCaption).added).toBe('');
  });
});
