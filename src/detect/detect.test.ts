import { describe, expect, it } from 'vitest';
import { detectArticle, headVerdict } from './detect';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const para = (i: number) => `<p>Paragraph ${i} of the story goes on for long enough to be a real paragraph of reporting, with names, places and a quote or two from the people involved.</p>`;
const STORY = `<html><head><meta property="og:type" content="article"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Headline</h1><div id="body">${Array.from({ length: 9 }, (_, i) => para(i)).join('')}</div></article>
  <aside id="related"><a href="/a">Another story</a></aside></body></html>`;

describe('detectArticle', () => {
  it('finds a story and the element that holds its body', () => {
    const doc = parse(STORY);
    const v = detectArticle(doc, new URL('https://news.example/world/a-long-story-about-something'));
    expect(v.article).toBe(true);
    expect(v.score).toBeGreaterThan(0);
    expect(v.container?.localName).toBe('article');
    expect(v.container?.contains(doc.getElementById('body'))).toBe(true);
    expect(v.container?.contains(doc.getElementById('related'))).toBe(false);
  });

  it('changes nothing in the page', () => {
    const doc = parse(STORY);
    const before = doc.documentElement.outerHTML;
    detectArticle(doc, new URL('https://news.example/'));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says the same page at the site root is less likely an article', () => {
    const story = detectArticle(parse(STORY), new URL('https://news.example/world/a-long-story-about-something'));
    const root = detectArticle(parse(STORY), new URL('https://news.example/'));
    expect(root.score).toBeLessThan(story.score);
    expect(root.reasons).not.toContain('story-like address');
  });

  it('decides a home page that declares nothing from its address and head, without reading the body', () => {
    const plain = parse(STORY.replace('<meta property="og:type" content="article">', ''));
    Object.defineProperty(plain, 'body', { get: () => { throw new Error('the body was read'); } });
    const v = headVerdict(plain, new URL('https://news.example/'));
    expect(v).toMatchObject({ article: false, reasons: ['site home page'] });
    expect(detectArticle(plain, new URL('https://news.example/en/index.html')).article).toBe(false);
    // A page at the root that says it is an article is read as any other.
    expect(headVerdict(parse(STORY), new URL('https://news.example/'))).toBeNull();
    expect(headVerdict(plain, new URL('https://news.example/world/a-long-story-about-something'))).toBeNull();
  });

  it('copes with empty, bodiless and deeply nested documents', () => {
    const url = new URL('https://x.example/a');
    expect(detectArticle(parse(''), url).article).toBe(false);
    const noBody = document.implementation.createDocument(null, 'root', null);
    expect(() => detectArticle(noBody, url)).not.toThrow();
    // Deeper than the walk goes (400 levels); jsdom itself parses deeper nesting very slowly.
    const deep = parse(`${'<div>'.repeat(600)}<p>${'deep text '.repeat(30)}</p>${'</div>'.repeat(600)}`);
    expect(() => detectArticle(deep, url)).not.toThrow();
    // A page's script removed the root element (a real forum page did).
    const rootless = parse('<p>text</p>');
    rootless.documentElement.remove();
    expect(detectArticle(rootless, url).article).toBe(false);
  });

  it('gives no container when the page is not an article', () => {
    const v = detectArticle(parse('<body><a href="/1">One</a><a href="/2">Two</a></body>'), new URL('https://x.example/'));
    expect(v.article).toBe(false);
    expect(v.container).toBeUndefined();
  });
});
