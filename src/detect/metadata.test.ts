import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';
import { walkBody } from './page-walk';

const meta = (head: string, body = '') => {
  const doc = new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
  return readMetadata(doc, walkBody(doc.body));
};

describe('readMetadata', () => {
  it('reads schema.org types from JSON-LD, including @graph and type arrays', () => {
    const m = meta(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle","Article"],"datePublished":"2025-01-01","author":{"@type":"Person","name":"A"}}]}</script>`);
    expect(m.schemaTypes).toEqual(['WebPage', 'NewsArticle', 'Article']);
    expect(m.published).toBe(true);
    expect(m.author).toBe(true);
  });

  it('ignores what other things are: breadcrumbs, the publisher, the author', () => {
    const m = meta(`<script type="application/ld+json">{"@type":"WebPage","breadcrumb":{"@type":"BreadcrumbList"},"publisher":{"@type":"Organization"}}</script>`);
    expect(m.schemaTypes).toEqual(['WebPage']);
  });

  it('reads JSON-LD in the body too, and survives broken JSON-LD', () => {
    const m = meta('<script type="application/ld+json">{ not json</script>', '<script type="application/ld+json">{"@type":"BlogPosting"}</script>');
    expect(m.schemaTypes).toEqual(['BlogPosting']);
  });

  it('reads microdata: item types, a date and an author', () => {
    const m = meta('', '<div itemscope itemtype="http://schema.org/Article"><span itemprop="author">R. Hollis</span><time itemprop="datePublished">May</time></div>');
    expect(m).toEqual({ schemaTypes: ['Article'], ogType: null, published: true, author: true });
  });

  it('reads og:type, a publication date and an author from meta tags', () => {
    expect(meta('<meta property="og:type" content=" Article "><meta property="article:published_time" content="2025-09-15"><meta name="author" content="Nadia Farouk">'))
      .toEqual({ schemaTypes: [], ogType: 'article', published: true, author: true });
    expect(meta('<meta name="author" content="">').author).toBe(false);
    expect(meta('', '<a rel="author" href="/staff/a">A</a>').author).toBe(true);
  });

  it('says nothing for a bare page', () => {
    expect(meta('<title>x</title>', '<p>hello</p>')).toEqual({ schemaTypes: [], ogType: null, published: false, author: false });
  });
});

describe('the head, read once per detection', () => {
  it('is read once however many steps weigh it, and says the same as reading it each time', async () => {
    const { detectArticle, walkedVerdict } = await import('./detect');
    const html = `<html><head><meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"Tent"}</script></head>
      <body><h1>Tent</h1><p>${'A light tent for two, with a porch for boots and packs. '.repeat(4)}</p><span class="price">99</span></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const head = doc.head;
    let reads = 0;
    Object.defineProperty(doc, 'head', { get: () => { reads++; return head; } });
    const url = new URL('https://shop.example/tents/light-tent-for-two-people');
    const once = detectArticle(doc, url);
    expect(reads).toBe(1);
    expect(once).toEqual(walkedVerdict(doc, url));
    expect(once.reasons).toContain('schema.org Product');
  });
});
