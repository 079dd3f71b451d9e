import { describe, expect, it } from 'vitest';
import { walkBody } from './page-walk';

const body = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
const words = (n: number) => 'word '.repeat(Math.ceil(n / 5)).trim();
const para = (n: number) => `<p>${words(n)}</p>`;

describe('walkBody', () => {
  it('counts long paragraphs and finds the element that holds them', () => {
    const f = walkBody(body(`<nav><a href="/">Home</a></nav><div id="story">${para(300)}${para(300)}${para(100)}</div><div id="side">${para(150)}</div>`));
    expect(f.longParagraphs).toBe(3);
    expect(f.bestParent?.id).toBe('story');
    expect(f.bestParentChars).toBeGreaterThan(650);
    expect(f.bestParentChars / f.paragraphChars).toBeGreaterThan(0.8);
  });

  it('measures the elements the container search weighs, so it never reads their text again', () => {
    const f = walkBody(body(`<article id="a"><h1>Title</h1><div id="story">${para(300)}${para(300)}</div></article><div id="wire"><p>One line.</p><p>Another.</p></div>`));
    const story = f.bestParent!;
    expect(story.id).toBe('story');
    expect(f.elementChars.get(story)).toBe(f.bestParentChars);
    expect(f.elementChars.get(story.parentElement!)).toBe(f.bestParentChars + 'Title'.length);
    // Wire copy: paragraphs too short to count as body text still name their parent.
    const wire = walkBody(body('<nav><p>Menu</p></nav><div id="wire"><p>One line here.</p><p>Another line.</p></div>'));
    expect(wire.bestParent).toBeNull();
    expect(wire.shortParagraphParent?.id).toBe('wire');
  });

  it('sees teasers as linked headings and text spread over many parents', () => {
    const f = walkBody(body(Array.from({ length: 6 }, (_, i) => `<article><h2><a href="/s${i}">Headline ${i}</a></h2>${para(180)}</article>`).join('')));
    expect(f).toMatchObject({ headings: 6, linkedHeadings: 6, articles: 6 });
    expect(f.bestParentChars / f.paragraphChars).toBeLessThan(0.2);
  });

  it('counts a heading inside a link as linked, a plain heading as not', () => {
    const f = walkBody(body('<a href="/x"><h3>Card title</h3></a><h2>Section</h2>'));
    expect(f).toMatchObject({ headings: 2, linkedHeadings: 1 });
  });

  it('counts link text and leaves out scripts, styles and hidden elements', () => {
    const f = walkBody(body('<p>plain text <a href="#">link text</a></p><script>var x = "ignored"</script><style>p{}</style><div hidden>hidden words</div>'));
    expect(f.chars).toBe('plain text '.length + 'link text'.length);
    expect(f.linkChars).toBe('link text'.length);
  });

  it('counts text written straight into a cell between <br>s', () => {
    const text = 'A paragraph written straight into the cell, the way old layouts did it. '.repeat(3);
    const f = walkBody(body(`<table><tr><td id="cell">${text}<br><br>${text}</td></tr></table>`));
    expect(f.bestParent?.id).toBe('cell');
  });

  it('counts form controls but not hidden inputs, and recognises basket and post actions', () => {
    const f = walkBody(body('<form><input type="hidden"><input type="text"><select><option>a</option></select><textarea></textarea><button>Add to cart</button><input type="submit" value="Buy now"></form><a href="#">Reply</a><a href="#">Quote</a><a href="#">Reply to everyone who wrote in this thread today</a>'));
    expect(f.controls).toBe(5);
    expect(f.basketControls).toBe(2);
    expect(f.postControls).toBe(2);
  });

  it('does not count paragraphs that are mostly links', () => {
    expect(walkBody(body(`<p>${'<a href="#">a linked phrase here</a> '.repeat(10)}</p>`)).longParagraphs).toBe(0);
  });

  it('counts class-name families once per element, and code blocks and times', () => {
    const f = walkBody(body('<div class="post-avatar user-card"></div><div id="thread-1" class="reply"></div><pre>x</pre><pre>y</pre><time>t</time><span class="price">£3</span><div class="username"></div>'));
    expect(f.families).toMatchObject({ people: 1, discussion: 1, shop: 1 });
    expect(f).toMatchObject({ codeBlocks: 2, times: 1 });
  });

  it('collects microdata and JSON-LD from the body', () => {
    const f = walkBody(body('<div itemscope itemtype="https://schema.org/Product"><div itemprop="articleBody">x</div></div><script type="application/ld+json">{"@type":"Product"}</script>'));
    expect(f.itemTypes).toEqual(['https://schema.org/Product']);
    expect(f.articleBody?.getAttribute('itemprop')).toBe('articleBody');
    expect(f.jsonLd).toEqual(['{"@type":"Product"}']);
  });
});

describe('walkBody on dense scripts', () => {
  it('counts Chinese, Japanese and Korean characters double', () => {
    const f = walkBody(body('<p>中文新闻报道</p><p>abc</p>'));
    expect(f.chars).toBe(12 + 3);
  });
});

describe('class-name families', () => {
  it('match whole words only, with the plurals each family lists', () => {
    const f = walkBody(body('<div class="username"></div><div class="user_list"></div><div class="articles"></div><div class="js-threads-2"></div><div id="price"></div>'));
    expect(f.families).toMatchObject({ people: 1, story: 0, discussion: 1, shop: 1 });
  });
});
