import { describe, expect, it } from 'vitest';
import { declaredVerdict, paragraphAnchors } from './declared';
import { walkedVerdict } from './detect';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const para = (i: number) => `<p>Paragraph ${i} of the story goes on for long enough to be a real paragraph of reporting, with names, places and a quote or two from the people involved.</p>`;
const HEAD = `<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"A story"}</script>`;
const page = (head: string, body: string) => parse(`<html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>${body}<aside id="related"><p><a href="/a">Another story that runs long enough to be counted as a paragraph of links only</a></p></aside></body></html>`);
const STORY = `<article><h1>Headline</h1><div id="body">${Array.from({ length: 9 }, (_, i) => para(i)).join('')}</div></article>`;
const url = new URL('https://news.example/world/a-long-story-about-something');

describe('declaredVerdict', () => {
  it('calls a page that declares itself an article in its head one, with the container the walk finds', () => {
    const doc = page(HEAD, STORY);
    const v = declaredVerdict(doc, url);
    expect(v?.article).toBe(true);
    expect(v?.reasons).toEqual(expect.arrayContaining(['og:type article', 'schema.org NewsArticle']));
    // No reason from the body's layout: the page walk did not run.
    expect(v?.reasons).not.toContain('one long body of text');
    expect(v?.container).toBe(walkedVerdict(doc, url).container);
  });

  it('leaves a page to the walk unless the head declares an article both ways', () => {
    expect(declaredVerdict(page('<meta property="og:type" content="article">', STORY), url)).toBeNull();
    expect(declaredVerdict(page(HEAD.replace('<meta property="og:type" content="article">', ''), STORY), url)).toBeNull();
  });

  it('leaves a page to the walk when its paragraphs hold too little to say where the story is', () => {
    // An old layout: the story is the div's own text between <br>s, which only the walk reads.
    const lines = Array.from({ length: 12 }, (_, i) => `Line ${i} of a story written straight into a table cell with breaks between its paragraphs`).join('<br><br>');
    const doc = page(HEAD, `<div id="story">${lines}</div>`);
    expect(declaredVerdict(doc, url)).toBeNull();
    expect(walkedVerdict(doc, url).container?.id).toBe('story');
  });

  it('reads no paragraph inside a link, a hidden part or a script as body text', () => {
    const doc = page(HEAD, `<div id="real">${para(1)}${para(2)}${para(3)}${para(4)}${para(5)}${para(6)}${para(7)}</div>
      <div id="hidden" hidden>${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</div>
      <a href="/x"><div id="linked">${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</div></a>`);
    expect(paragraphAnchors(doc.body)?.bestParent?.id).toBe('real');
  });
});
